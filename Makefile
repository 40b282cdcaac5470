# The two commands: `make run` and `make test`. Both install missing Debian packages first.
BUILD_DIR  ?= build
BUILD_TYPE ?= Release
CMAKE_ARGS ?=

.PHONY: all deps configure build run test clean

all: build

deps:
	@packaging/install-deps.sh

$(BUILD_DIR)/build.ninja: | deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_ARGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR)

run: build
	$(BUILD_DIR)/bin/kestra-tenant-console --demo

test: build
	packaging/run-tests.sh $(BUILD_DIR)

clean:
	rm -rf $(BUILD_DIR)

# cmake -DKTC_SOURCE_DIR=... -P LintSources.cmake
# Fails on source patterns the project forbids and the compiler cannot catch on Qt 6.4:
#  - a contextless connect: connect(sender, &Signal, [lambda]) without a receiver object
#    (QT_NO_CONTEXTLESS_CONNECT only exists from Qt 6.7);
#  - ignoring every TLS error, or turning on QtKeychain's insecure fallback;
#  - a skipped test.
file(GLOB_RECURSE files "${KTC_SOURCE_DIR}/app/*.cpp" "${KTC_SOURCE_DIR}/app/*.h"
                        "${KTC_SOURCE_DIR}/ui/*.cpp" "${KTC_SOURCE_DIR}/ui/*.h"
                        "${KTC_SOURCE_DIR}/src/*.cpp" "${KTC_SOURCE_DIR}/src/*.h"
                        "${KTC_SOURCE_DIR}/tests/*.cpp" "${KTC_SOURCE_DIR}/tests/*.h")
set(failures "")
foreach(f IN LISTS files)
  file(READ "${f}" text)
  string(REPLACE "\n" " " flat "${text}")
  # connect(x, &A::b, [ ...   or   connect(x, &A::b, this->... is fine; the lambda as 3rd arg is not.
  if(flat MATCHES "connect\\([^;,()]+(\\([^()]*\\))?[^;,()]*,[ ]*&[A-Za-z0-9_:]+,[ ]*\\[")
    list(APPEND failures "${f}: contextless connect (pass a context object before the lambda)")
  endif()
  if(flat MATCHES "ignoreSslErrors\\(\\)")
    list(APPEND failures "${f}: ignoreSslErrors() ignores every TLS error")
  endif()
  if(flat MATCHES "setInsecureFallback\\(true\\)")
    list(APPEND failures "${f}: QtKeychain's insecure fallback")
  endif()
  if(NOT f MATCHES "LintSources" AND flat MATCHES "QSKIP\\(")
    list(APPEND failures "${f}: QSKIP: a skipped test proves nothing")
  endif()
endforeach()
if(failures)
  list(JOIN failures "\n" msg)
  message(FATAL_ERROR "Source lint failed:\n${msg}")
endif()
list(LENGTH files n)
message(STATUS "Source lint: ${n} files clean")

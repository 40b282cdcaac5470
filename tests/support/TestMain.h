#pragma once

#include <QtGlobal>
#include <QtTest>

namespace ktc::test {

// Lets a bare `ctest` pass with no display: widgets go offscreen unless an X or Wayland
// display is there (then `xvfb-run ctest` still uses xcb).
inline bool useOffscreenWithoutDisplay()
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return true;
}

} // namespace ktc::test

// QTEST_MAIN, after choosing the offscreen platform when there is no display.
#define KTC_TEST_MAIN(TestClass)                                                                   \
    [[maybe_unused]] static const bool ktcOffscreenPrepared = ktc::test::useOffscreenWithoutDisplay(); \
    QTEST_MAIN(TestClass)

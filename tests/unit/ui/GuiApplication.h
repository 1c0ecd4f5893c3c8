#pragma once
// One QApplication for the widget tests of a binary, on the offscreen platform unless the
// environment chooses one (no display needed).

#include <QApplication>

namespace tpmprov::ui::testing {

inline void ensureGuiApplication() {
    static int argc = 1;
    static char name[] = "ui_page_tests";
    static char* argv[] = {name, nullptr};
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!QApplication::instance())
        new QApplication(argc, argv);
}

} // namespace tpmprov::ui::testing

#pragma once
// Status changes for assistive technology: a status line's accessible name follows its text
// and a NameChanged event goes out (Qt 6.4 has no announcement event; Orca reads the name
// change of the label). announced() lets tests see every announcement, also on platforms
// without an accessibility bridge (offscreen).

#include <QObject>

class QLabel;
class QWidget;

namespace tpmprov::ui {

class Announcer : public QObject {
    Q_OBJECT
public:
    static Announcer* instance();
    // A label's text changed: its accessible name becomes the plain text, then announce.
    static void announceLabel(QLabel* label);
    // `widget`'s accessible name changed: tell assistive technology.
    static void announce(QWidget* widget);

Q_SIGNALS:
    void announced(QWidget* widget);

private:
    using QObject::QObject;
};

} // namespace tpmprov::ui

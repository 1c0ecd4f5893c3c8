#pragma once
// "▸ Details": a flat toggle that shows and hides one widget, with the arrow and the
// accessible name ("Show …" / "Hide …") following its state. Used for the chip details, the
// password page's advanced choices and the error dialog's technical details.

#include <QToolButton>

namespace tpmprov::ui {

class DisclosureButton : public QToolButton {
    Q_OBJECT
public:
    // text: the visible label ("&Details"); showName / hideName: what a screen reader says
    // it does in each state. `target` starts hidden.
    DisclosureButton(const QString& text, const QString& showName, const QString& hideName,
                     QWidget* target, QWidget* parent = nullptr);
};

} // namespace tpmprov::ui

#include "widgets/DisclosureButton.h"

namespace tpmprov::ui {

DisclosureButton::DisclosureButton(const QString& text, const QString& showName,
                                   const QString& hideName, QWidget* target, QWidget* parent)
    : QToolButton(parent) {
    setText(text);
    setAccessibleName(showName);
    setCheckable(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setArrowType(Qt::RightArrow);
    setAutoRaise(true);
    target->setVisible(false);
    connect(this, &QToolButton::toggled, this, [this, target, showName, hideName](bool on) {
        target->setVisible(on);
        setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        setAccessibleName(on ? hideName : showName);
    });
}

} // namespace tpmprov::ui

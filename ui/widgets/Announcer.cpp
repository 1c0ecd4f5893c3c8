#include "widgets/Announcer.h"

#include <QAccessible>
#include <QLabel>
#include <QPointer>
#include <QTextDocumentFragment>
#include <QTimer>

namespace tpmprov::ui {

Announcer* Announcer::instance() {
    static Announcer* announcer = new Announcer;
    return announcer;
}

void Announcer::announceLabel(QLabel* label) {
    const QString text = label->textFormat() == Qt::RichText || Qt::mightBeRichText(label->text())
                             ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                             : label->text();
    label->setAccessibleName(text);
    if (!text.isEmpty())
        announce(label);
}

void Announcer::announce(QWidget* widget) {
    if (!widget->isVisibleTo(widget->window())) {
        // A page fills its labels before it is shown: say it once it is on screen.
        QPointer<QWidget> later(widget);
        QTimer::singleShot(0, instance(), [later] {
            if (QWidget* w = later.data(); w && w->isVisibleTo(w->window()))
                announce(w);
        });
        return;
    }
    QAccessibleEvent event(widget, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
    Q_EMIT instance()->announced(widget);
}

} // namespace tpmprov::ui

#include "widgets/StepList.h"

#include "widgets/Announcer.h"

#include <QGridLayout>
#include <QLabel>
#include <QLayoutItem>
#include <QStyle>

namespace tpmprov::ui {

StepList::StepList(QWidget* parent) : QWidget(parent), m_grid(new QGridLayout(this)) {
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setColumnStretch(1, 1);
    setAccessibleName(tr("Steps"));
}

void StepList::clear() {
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows.clear();
    m_nextRow = 0;
}

QString StepList::stateWords(State state) {
    switch (state) {
    case State::Waiting:
        return tr("Waiting");
    case State::Running:
        return tr("Running\u2026");
    case State::Done:
        return tr("Done");
    case State::AlreadyDone:
        return tr("Already done");
    case State::Failed:
        return tr("Failed");
    case State::Skipped:
        return tr("Not needed");
    case State::Later:
        return tr("After the restart");
    }
    return {};
}

void StepList::addStep(const QString& id, const QString& title, const QString& detail) {
    Row row;
    row.icon = new QLabel(this);
    row.title = new QLabel(title, this);
    QFont bold = row.title->font();
    bold.setBold(true);
    row.title->setFont(bold);
    row.title->setWordWrap(true);
    row.status = new QLabel(this);
    row.status->setObjectName(QStringLiteral("step-%1-status").arg(id));
    row.detail = new QLabel(detail, this);
    row.detail->setWordWrap(true);
    row.detail->setObjectName(QStringLiteral("step-%1-detail").arg(id));
    row.detail->setVisible(!detail.isEmpty());
    row.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.title->setObjectName(QStringLiteral("step-%1").arg(id));
    const int r = m_nextRow;
    m_grid->addWidget(row.icon, r, 0, Qt::AlignTop);
    m_grid->addWidget(row.title, r, 1);
    m_grid->addWidget(row.status, r, 2, Qt::AlignTop | Qt::AlignRight);
    m_grid->addWidget(row.detail, r + 1, 1, 1, 2);
    m_nextRow += 2;
    m_rows.insert(id, row);
    setState(id, State::Waiting, detail);
}

void StepList::setState(const QString& id, State state, const QString& detail,
                        const QString& statusText) {
    auto it = m_rows.find(id);
    if (it == m_rows.end())
        return;
    Row& row = *it;
    row.state = state;
    const QIcon icon = iconFor(state);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    // At the screen's pixel ratio: sharp at scale 2 (theme icons are SVG).
    row.icon->setPixmap(icon.isNull() ? QPixmap()
                                      : icon.pixmap(QSize(size, size), devicePixelRatioF()));
    row.icon->setMinimumWidth(size);
    const QString words = statusText.isEmpty() ? stateWords(state) : statusText;
    const bool changed = row.status->text() != words;
    row.status->setText(words);
    row.title->setAccessibleName(
        tr("%1: %2", "step title: its status").arg(row.title->text(), words));
    if (changed)
        Announcer::announce(row.title);
    if (!detail.isEmpty())
        row.detail->setText(detail);
    row.detail->setVisible(!row.detail->text().isEmpty());
}

QIcon StepList::iconFor(State state) const {
    // The desktop's icon theme first (symbolic SVGs), the style's own as the fallback.
    auto themed = [this](const char* name, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QLatin1String(name),
                                style()->standardIcon(fallback, nullptr, this));
    };
    switch (state) {
    case State::Running:
        return themed("media-playback-start-symbolic", QStyle::SP_MediaPlay);
    case State::Done:
    case State::AlreadyDone:
        return themed("emblem-ok-symbolic", QStyle::SP_DialogApplyButton);
    case State::Failed:
        return themed("dialog-error-symbolic", QStyle::SP_MessageBoxCritical);
    case State::Later:
        return themed("view-refresh-symbolic", QStyle::SP_BrowserReload);
    case State::Waiting:
    case State::Skipped:
        break;
    }
    return {};
}

StepList::State StepList::state(const QString& id) const {
    return m_rows.value(id).state;
}

} // namespace tpmprov::ui

#include "pages/PageBase.h"

#include "BusNames.h"
#include "widgets/Announcer.h"

#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tpmprov::ui {

PageBase::PageBase(WizardContext* context, QWidget* parent)
    : QWizardPage(parent), m_context(context) {}

void PageBase::setBusy(bool busy) {
    const bool changed = busy != m_busy;
    m_busy = busy;
    if (changed)
        Q_EMIT busyChanged(busy);
    Q_EMIT completeChanged();
}

void PageBase::showError(ErrorInfo info, bool canRetry,
                         std::function<void(ErrorDialog::Action)> then) {
    if (!info.status.valid)
        info.status = m_context->status;
    m_context->lastErrorWhat = info.what;
    auto* dialog = new ErrorDialog(info, canRetry, this);
    dialog->confirm = m_context->confirm;
    if (m_context->stopUnit)
        dialog->stopUnit = m_context->stopUnit;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [dialog, then](int) {
        if (then)
            then(dialog->chosenAction());
    });
    dialog->open();
    Q_EMIT m_context->errorShown(dialog);
}

QLabel* PageBase::paragraph(QVBoxLayout* layout, const QString& text, const QString& objectName) {
    auto* label = new QLabel(text, this);
    label->setWordWrap(true);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    layout->addWidget(label);
    return label;
}

void PageBase::announce(QLabel* label) {
    Announcer::announceLabel(label);
}

QVBoxLayout* PageBase::scrollingLayout(const QString& objectName, const QString& accessibleName) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // text wraps instead
    scroll->setObjectName(objectName);
    scroll->setAccessibleName(accessibleName);
    auto* content = new QWidget(scroll);
    content->setObjectName(objectName + QStringLiteral("Content"));
    auto* layout = new QVBoxLayout(content);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    return layout;
}

void PageBase::refreshState(std::function<void(bool)> then, const QString& what) {
    BackendCall* call = backend()->getState();
    connect(call, &BackendCall::finished, this, [this, then, what](const BackendResult& r) {
        if (r.ok() && r.status.valid) {
            m_context->updateStatus(r.status);
            then(true);
            return;
        }
        ErrorInfo info;
        info.what = what;
        info.error = r.error;
        if (!r.error.isError())
            info.message = tr("The TPM's state could not be understood.");
        showError(info, true, [this, then, what](ErrorDialog::Action action) {
            if (action == ErrorDialog::CloseAction)
                then(false);
            else
                refreshState(then, what);
        });
    });
}

void PageBase::runJob(BackendCall* call,
                      std::function<void(const BackendResult&, const JobOutcome&)> then) {
    connect(call, &BackendCall::finished, this, [this, then](const BackendResult& started) {
        if (!started.ok()) {
            then(started, {});
            return;
        }
        const QString job = started.job;
        if (auto done = backend()->takeFinishedJob(job)) {
            then(started, *done);
            return;
        }
        // One of the two connections fires; both are removed together.
        auto* guard = new QObject(this);
        connect(backend(), &TpmBackend::jobFinished, guard,
                [this, guard, then, started, job](const QString& id, bool succeeded,
                                                  const QString& outcome, const QString& json) {
                    if (id != job)
                        return;
                    backend()->takeFinishedJob(job);
                    guard->deleteLater();
                    QObject::disconnect(backend(), nullptr, guard, nullptr);
                    then(started, JobOutcome{job, succeeded, outcome, json});
                });
        connect(backend(), &TpmBackend::helperVanished, guard, [this, guard, then, started] {
            guard->deleteLater();
            QObject::disconnect(backend(), nullptr, guard, nullptr);
            BackendResult lost = started;
            lost.error = {helper::error::helperVanished(),
                          tr("The helper stopped before the job finished.")};
            then(lost, {});
        });
    });
}

} // namespace tpmprov::ui

#include "widgets/ErrorDialog.h"

#include "stores/RecoveryFileStore.h"
#include "widgets/DisclosureButton.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace tpmprov::ui {

namespace {

QLabel* paragraph(const QString& text, QWidget* parent, const QString& name) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setObjectName(name);
    label->setAccessibleName(text);
    return label;
}

} // namespace

ErrorDialog::ErrorDialog(const ErrorInfo& info, bool canRetry, QWidget* parent)
    : QDialog(parent), m_info(info) {
    setObjectName(QStringLiteral("errorDialog"));
    setWindowTitle(tr("Something went wrong"));
    setAccessibleName(tr("Error"));
    chooseSaveFile = [](QWidget* p, const QString& title, const QString& suggested) {
        return QFileDialog::getSaveFileName(p, title, suggested);
    };
    confirm = [](QWidget* p, const QString& title, const QString& text) {
        return QMessageBox::question(p, title, text, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    stopUnit = systemdUnitStopper();

    auto* layout = new QVBoxLayout(this);

    layout->addLayout(buildHeadline(info));
    layout->addLayout(buildExplanation(info, info.explanation()));
    m_stopResult = paragraph({}, this, QStringLiteral("errorStopTcsdResult"));
    m_stopResult->setVisible(false);
    layout->addWidget(m_stopResult);

    buildDetails(layout, info);
    layout->addWidget(buildButtons(info, canRetry));
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
}

QHBoxLayout* ErrorDialog::buildHeadline(const ErrorInfo& info) {
    auto* header = new QHBoxLayout;
    auto* icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
    header->addWidget(icon, 0, Qt::AlignTop);
    QString headline =
        info.what.isEmpty() ? tr("The step failed.") : tr("%1 did not work.").arg(info.what);
    auto* title = paragraph(headline, this, QStringLiteral("errorHeadline"));
    QFont bigger = title->font();
    bigger.setBold(true);
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    title->setFont(bigger);
    header->addWidget(title, 1);

    return header;
}

// What happened, why, what was already tried, what to do now.
QFormLayout* ErrorDialog::buildExplanation(const ErrorInfo& info, const Explanation& e) {
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    QString happened = e.meaning.isEmpty() ? info.message : e.meaning;
    QStringList codes{e.code};
    if (e.name != e.code)
        codes << e.name; // errno explanations use the name as the code
    const QString code = codes.join(QLatin1Char(' ')).trimmed();
    if (!code.isEmpty())
        happened = tr("%1 (%2)").arg(happened, code);
    form->addRow(tr("What happened:"), paragraph(happened, this, QStringLiteral("errorMeaning")));
    if (!e.detail.isEmpty())
        form->addRow(tr("Why:"), paragraph(e.detail, this, QStringLiteral("errorDetail")));
    QStringList tried = info.tried;
    if (info.job.valid)
        tried << info.job.notes;
    if (!tried.isEmpty())
        form->addRow(tr("Already tried:"),
                     paragraph(tried.join(QLatin1Char('\n')), this, QStringLiteral("errorTried")));
    if (!e.nextAction.isEmpty())
        form->addRow(tr("What to do now:"),
                     paragraph(e.nextAction, this, QStringLiteral("errorNextAction")));
    return form;
}

// "Technical details": the trace and report text, folded away until asked for.
void ErrorDialog::buildDetails(QVBoxLayout* layout, const ErrorInfo& info) {
    m_details = new QPlainTextEdit(info.technicalDetails(), this);
    m_details->setObjectName(QStringLiteral("errorTechnicalDetails"));
    m_details->setAccessibleName(tr("Technical details"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detailsToggle = new DisclosureButton(tr("Technical details"), tr("Show technical details"),
                                           tr("Hide technical details"), m_details, this);
    m_detailsToggle->setObjectName(QStringLiteral("errorDetailsToggle"));
    layout->addWidget(m_detailsToggle);
    layout->addWidget(m_details, 1);
    connect(m_detailsToggle, &QToolButton::toggled, this, [this] { adjustSize(); });
}

// Copy/save the report, the actions that fit this error (Startup, stop tcsd, Retry), Close.
QDialogButtonBox* ErrorDialog::buildButtons(const ErrorInfo& info, bool canRetry) {
    auto* buttons = new QDialogButtonBox(this);
    auto* copy = buttons->addButton(tr("&Copy report"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("errorCopyReport"));
    copy->setAccessibleName(tr("Copy the problem report"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_info.reportText()); });
    auto* save = buttons->addButton(tr("&Save report\u2026"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("errorSaveReport"));
    save->setAccessibleName(tr("Save the problem report to a file"));
    connect(save, &QPushButton::clicked, this, &ErrorDialog::saveReport);
    if (info.isPostInit()) {
        auto* startup = buttons->addButton(tr("S&tart the TPM"), QDialogButtonBox::AcceptRole);
        startup->setObjectName(QStringLiteral("errorStartup"));
        startup->setAccessibleName(tr("Start the TPM and try again"));
        connect(startup, &QPushButton::clicked, this, [this] { choose(StartupAction); });
    }
    if (info.isBusyByTcsd()) {
        m_stopTcsd = buttons->addButton(tr("Sto&p tcsd"), QDialogButtonBox::ActionRole);
        m_stopTcsd->setObjectName(QStringLiteral("errorStopTcsd"));
        m_stopTcsd->setAccessibleName(tr("Stop the tcsd service so the wizard can use the TPM"));
        connect(m_stopTcsd, &QPushButton::clicked, this, &ErrorDialog::stopTcsd);
    }
    if (canRetry) {
        auto* retry = buttons->addButton(tr("&Retry"), QDialogButtonBox::AcceptRole);
        m_retry = retry;
        retry->setObjectName(QStringLiteral("errorRetry"));
        retry->setAccessibleName(tr("Try again"));
        retry->setDefault(!info.offerSaveToFile);
        connect(retry, &QPushButton::clicked, this, [this] { choose(RetryAction); });
    }
    if (info.offerSaveToFile) {
        // What works now, rather than a retry that fails the same way.
        auto* toFile =
            buttons->addButton(tr("Save to a &file instead\u2026"), QDialogButtonBox::AcceptRole);
        toFile->setObjectName(QStringLiteral("errorSaveToFile"));
        toFile->setAccessibleName(tr("Save the password to a file instead"));
        toFile->setDefault(true);
        toFile->setAutoDefault(true);
        connect(toFile, &QPushButton::clicked, this, [this] { choose(SaveToFileAction); });
    }
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("errorClose"));
    close->setAccessibleName(tr("Close"));
    connect(close, &QPushButton::clicked, this, [this] { choose(CloseAction); });
    return buttons;
}

void ErrorDialog::choose(Action action) {
    m_action = action;
    Q_EMIT actionChosen(action);
    if (action == CloseAction)
        reject();
    else
        accept();
}

void ErrorDialog::stopTcsd() {
    if (!m_stopTcsd || !m_stopTcsd->isEnabled())
        return;
    const bool sure =
        confirm(this, tr("Stop tcsd?"),
                tr("tcsd, the TrouSerS daemon that tpm-tools talk through, holds the TPM. The "
                   "wizard stops it now (your administrator password may be asked for). "
                   "tpm-tools do not work until it is started again with \u201csudo "
                   "systemctl start tcsd\u201d. Continue?"));
    if (!sure)
        return;
    m_stopTcsd->setEnabled(false);
    m_stopResult->setText(tr("Stopping tcsd\u2026"));
    m_stopResult->setAccessibleName(m_stopResult->text());
    m_stopResult->setVisible(true);
    QPointer<ErrorDialog> self(this);
    stopUnit(QStringLiteral("tcsd.service"), this, [self](const QString& error) {
        // One raw pointer, checked once: GCC's -Wnull-dereference cannot follow QPointer.
        if (ErrorDialog* dialog = self.data())
            dialog->tcsdStopped(error);
    });
}

void ErrorDialog::tcsdStopped(const QString& error) {
    QString text;
    if (error.isEmpty()) {
        text = m_retry ? tr("tcsd was stopped. Press Retry.") : tr("tcsd was stopped.");
        m_info.tried << tr("Stopped tcsd.");
        if (m_retry) {
            m_retry->setDefault(true);
            m_retry->setFocus();
        }
    } else {
        text = tr("tcsd could not be stopped: %1").arg(error);
        m_stopTcsd->setEnabled(true);
    }
    m_stopResult->setText(text);
    m_stopResult->setAccessibleName(text);
}

bool ErrorDialog::saveReportTo(const QString& path) {
    return RecoveryFileStore::writePrivateFile(path, m_info.reportText().toUtf8(),
                                               RecoveryFileStore::Existing::Replace)
        .isEmpty();
}

void ErrorDialog::saveReport() {
    const QString path =
        chooseSaveFile(this, tr("Save problem report"),
                       QDir::homePath() + QStringLiteral("/tpm-provisioner-report.txt"));
    if (!path.isEmpty() && !saveReportTo(path))
        m_details->appendPlainText(tr("Could not save the report to %1.").arg(path));
}

} // namespace tpmprov::ui

#include "ProvisioningWizard.h"

#include "pages/AlreadyOwnedPage.h"
#include "pages/ClearPage.h"
#include "pages/ClearedPage.h"
#include "pages/DonePage.h"
#include "pages/FirmwarePage.h"
#include "pages/IntroPage.h"
#include "pages/OwnershipPage.h"
#include "pages/PageBase.h"
#include "pages/PasswordPage.h"
#include "pages/RestartPage.h"
#include "pages/TurnOnPage.h"

#include <QAbstractButton>
#include <QDialog>
#include <QDir>
#include <QIcon>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QWindow>

namespace tpmprov::ui {

ProvisioningWizard::ProvisioningWizard(WizardContext* context, QWidget* parent)
    : QWizard(parent), m_context(context) {
    setObjectName(QStringLiteral("provisioningWizard"));
    setWindowTitle(tr("TPM Provisioner"));
    setWindowIcon(applicationIcon());
    setAccessibleName(tr("TPM Provisioner"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(IntroPageId, new IntroPage(context, this));
    setPage(TurnOnPageId, new TurnOnPage(context, this));
    auto* restart = new RestartPage(context, this);
    setPage(RestartPageId, restart);
    setPage(FirmwarePageId, new FirmwarePage(context, this));
    setPage(PasswordPageId, new PasswordPage(context, this));
    setPage(OwnershipPageId, new OwnershipPage(context, this));
    setPage(AlreadyOwnedPageId, new AlreadyOwnedPage(context, this));
    setPage(ClearPageId, new ClearPage(context, this));
    auto* cleared = new ClearedPage(context, this);
    setPage(ClearedPageId, cleared);
    setPage(DonePageId, new DonePage(context, this));
    setStartId(IntroPageId);
    for (QWizard::WizardButton b :
         {QWizard::BackButton, QWizard::NextButton, QWizard::FinishButton, QWizard::CancelButton}) {
        if (QAbstractButton* button = this->button(b)) {
            static const char* const names[] = {"wizardBack", "wizardNext", "wizardCommit",
                                                "wizardFinish", "wizardCancel"};
            // No fixed accessible name: a screen reader reads the button's text, which pages
            // change (the restart page's Finish says "Close").
            button->setObjectName(QLatin1String(names[int(b)]));
        }
    }
    // Connected after QWizard's own (setPage): these run after it re-enabled Back.
    for (int id : pageIds())
        if (auto* p = qobject_cast<PageBase*>(page(id))) {
            connect(p, &QWizardPage::completeChanged, this, &ProvisioningWizard::updateBusyButtons);
            connect(p, &PageBase::busyChanged, this, &ProvisioningWizard::updateBusyButtons);
        }
    connect(this, &QWizard::currentIdChanged, this, &ProvisioningWizard::updateBusyButtons);
    connect(restart, &RestartPage::restartedInProcess, this, [this] {
        m_context->resumed = true;
        startOver();
    });
    connect(cleared, &ClearedPage::continueRequested, this, &ProvisioningWizard::startOver);
    connect(this, &QWizard::currentIdChanged, this, [this](int) {
        if (!m_screenshotDir.isEmpty())
            QTimer::singleShot(300, this, [this] {
                if (currentPage())
                    grab(this, currentPage()->objectName());
            });
    });
    connect(context, &WizardContext::errorShown, this, [this](QDialog* dialog) {
        if (!m_screenshotDir.isEmpty())
            QTimer::singleShot(300, dialog, [this, dialog] { grab(dialog, dialog->objectName()); });
    });
    fitToScreen(); // before the first show: the window is created at this size
}

void ProvisioningWizard::showEvent(QShowEvent* event) {
    if (!m_fitted) {
        m_fitted = true;
        if (QWindow* window = windowHandle())
            connect(window, &QWindow::screenChanged, this, [this] { fitToScreen(); });
    }
    QWizard::showEvent(event);
}

void ProvisioningWizard::fitToScreen() {
    const int em = fontMetrics().averageCharWidth();
    QSize wanted(em * 100, fontMetrics().height() * 40);
    const QScreen* where = screen();
    if (!where)
        return;
    // Before the first map the frame is unknown: allow for a title bar and borders.
    QSize frame = frameGeometry().size() - geometry().size();
    if (frame.isEmpty())
        frame = QSize(em * 2, fontMetrics().height() * 3);
    const QSize room = where->availableGeometry().size() - frame;
    wanted = wanted.boundedTo(room).expandedTo(minimumSizeHint().boundedTo(room));
    resize(wanted);
    const QRect area = where->availableGeometry();
    QRect placed(pos(), wanted + frame);
    if (!area.contains(placed))
        move(area.topLeft() +
             QPoint((area.width() - placed.width()) / 2, (area.height() - placed.height()) / 2));
}

QIcon ProvisioningWizard::applicationIcon() {
    return QIcon::fromTheme(QStringLiteral("io.github.TpmProvisioner"),
                            QIcon(QStringLiteral(":/tpmprov/icons/io.github.TpmProvisioner.svg")));
}

void ProvisioningWizard::setScreenshotDir(const QString& dir) {
    m_screenshotDir = dir;
    QDir().mkpath(dir);
}

void ProvisioningWizard::grab(QWidget* widget, const QString& name) {
    const QPixmap pixmap = widget->grab();
    pixmap.save(QStringLiteral("%1/%2-%3.png")
                    .arg(m_screenshotDir)
                    .arg(++m_shot, 2, 10, QLatin1Char('0'))
                    .arg(name));
}

void ProvisioningWizard::updateBusyButtons() {
    const auto* p = qobject_cast<const PageBase*>(currentPage());
    if (p && p->blocksBack())
        if (QAbstractButton* back = button(QWizard::BackButton))
            back->setEnabled(false);
    if (QAbstractButton* cancel = button(QWizard::CancelButton))
        cancel->setEnabled(!(p && p->blocksCancel()));
}

void ProvisioningWizard::reject() {
    const auto* p = qobject_cast<const PageBase*>(currentPage());
    if (p && p->blocksCancel())
        return; // the TPM is taking ownership: the answer must not be lost
    // Leaving a TPM half set up is fine, but the person should know what state it is in.
    if (m_context->tpmChanged && currentId() != DonePageId &&
        !m_context->confirm(this, tr("Stop setting up the TPM?"),
                            tr("%1\n\nStart TPM Provisioner again at any time: it continues "
                               "where it stopped. Stop now?")
                                .arg(m_context->stateInWords())))
        return;
    QWizard::reject();
}

void ProvisioningWizard::startOver() {
    m_context->status = TpmStatus{};
    m_context->keptRecord.reset();
    restart(); // back to "Your TPM", which reads the TPM again
}

} // namespace tpmprov::ui

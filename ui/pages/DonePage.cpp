#include "pages/DonePage.h"

#include "model/Words.h"
#include "stores/PrintStore.h"
#include "stores/RecoveryFileStore.h"
#include "stores/WindowsOwnerFile.h"
#include "system/Autostart.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tpmprov::ui {

namespace {

QPushButton* actionButton(const QString& text, const char* name, const QString& accessible,
                          QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(accessible);
    return b;
}

// The .tpm file's name: the host name, or "computer" when there is none.
QString computerFileName(const QString& hostName) {
    const QString name = RecoveryFileStore::fileNamePart(hostName);
    return name.isEmpty() ? QStringLiteral("computer") : name;
}

} // namespace

DonePage::DonePage(WizardContext* context, QWidget* parent) : PageBase(context, parent) {
    setObjectName(QStringLiteral("donePage"));
    setTitle(tr("Your TPM is ready"));
    setSubTitle(tr("Everything is set up."));
    setFinalPage(true);
    auto* layout = scrollingLayout(QStringLiteral("doneScroll"), tr("Your TPM is ready"));
    m_summary = paragraph(layout, {}, QStringLiteral("doneSummary"));
    m_kept = paragraph(layout, {}, QStringLiteral("doneKept"));
    m_kept->setTextFormat(Qt::RichText);
    m_backup = paragraph(layout, {}, QStringLiteral("doneBackup"));
    m_actions = buildPasswordActions(layout->parentWidget());
    layout->addWidget(m_actions);
    m_result = paragraph(layout, {}, QStringLiteral("doneActionResult"));
    m_next = paragraph(layout, {}, QStringLiteral("doneNext"));
    m_next->setTextFormat(Qt::RichText);
    layout->addStretch(1);
}

QWidget* DonePage::buildPasswordActions(QWidget* parent) {
    auto* box = new QWidget(parent);
    box->setObjectName(QStringLiteral("donePasswordActions"));
    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("donePassword"));
    m_password->setAccessibleName(tr("Owner password"));
    m_password->setReadOnly(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_show = actionButton(tr("S&how"), "doneShow", tr("Show the owner password"), box);
    m_show->setCheckable(true);
    connect(m_show, &QPushButton::toggled, this, [this](bool on) {
        m_password->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_show->setText(on ? tr("&Hide") : tr("S&how"));
        m_show->setAccessibleName(on ? tr("Hide the owner password")
                                     : tr("Show the owner password"));
    });
    auto* copy = actionButton(tr("&Copy"), "doneCopy", tr("Copy the owner password"), box);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(ctx()->record.password);
        report(tr("The password is on the clipboard; paste it where it belongs, then copy "
                  "something else over it."));
    });
    auto* print =
        actionButton(tr("&Print\u2026"), "donePrint", tr("Print the owner password"), box);
    connect(print, &QPushButton::clicked, this, &DonePage::printCopy);
    auto* save = actionButton(tr("&Save a copy\u2026"), "doneSaveCopy",
                              tr("Save a copy of the owner password to a file"), box);
    connect(save, &QPushButton::clicked, this, &DonePage::saveCopy);
    auto* windows = m_windows =
        actionButton(tr("Save for &Windows (.tpm)\u2026"), "doneSaveWindows",
                     tr("Save the owner password as a Windows .tpm file"), box);
    connect(windows, &QPushButton::clicked, this, &DonePage::saveWindowsFile);
    grid->addWidget(m_password, 0, 0, 1, 3);
    grid->addWidget(m_show, 0, 3);
    grid->addWidget(copy, 1, 0);
    grid->addWidget(print, 1, 1);
    grid->addWidget(save, 1, 2);
    grid->addWidget(windows, 1, 3);
    return box;
}

// A TPM 2.0: set up by the default policy; the lockout password kept.
void DonePage::initializeTpm2() {
    const TpmStatus& s = ctx()->status;
    setTitle(tr("Your TPM is ready"));
    m_summary->setText(
        ctx()->ownedByUs
            ? tr("The TPM 2.0 (%1) is set up: the shared storage key is there, "
                 "guessing is limited, and it accepted your new lockout "
                 "password.")
                  .arg(s.chipLine())
            : tr("The TPM 2.0 (%1) accepted your lockout password.").arg(s.chipLine()));
    announce(m_summary);
    QString kept;
    if (ctx()->keptAt.isEmpty()) {
        kept = tr("The wizard did not keep the lockout password anywhere: make sure you have "
                  "it.");
    } else {
        QString places;
        for (const QString& place : ctx()->keptAt)
            places += QStringLiteral("<li>%1</li>").arg(place.toHtmlEscaped());
        kept = tr("Your lockout password is kept in:%1", "%1: a list of places")
                   .arg(QStringLiteral("<ul>%1</ul>").arg(places));
    }
    m_kept->setText(kept);
    m_kept->setAccessibleName(m_kept->text());
    m_next->setText(tr("<p>What next:</p><ul>"
                       "<li>Disk encryption: <i>systemd-cryptenroll --tpm2-device=auto</i> and "
                       "clevis now keep their keys under the shared storage key; they need no "
                       "password from you.</li>"
                       "<li>tpm2-tools: <i>tpm2_dictionarylockout</i> and <i>tpm2_clear</i> "
                       "ask for the lockout password (<i>-p str:\u2026</i>).</li>"
                       "<li>Keep the lockout password: it is the only way to clear this TPM "
                       "without the firmware.</li></ul>"));
}

void DonePage::initializePage() {
    if (ctx()->autostartEnabled)
        Autostart::remove();
    m_windows->setVisible(!ctx()->isTpm2());
    m_password->setAccessibleName(ctx()->isTpm2() ? tr("Lockout password") : tr("Owner password"));
    const TpmStatus& s = ctx()->status;
    const OwnerPasswordRecord& r = ctx()->record;
    m_summary->setText(
        ctx()->ownerVerified
            ? tr("The TPM (%1) is on, active and owned by you; it accepted your owner "
                 "password.")
                  .arg(s.chipLine())
            : tr("The TPM (%1) is on, active and owned.").arg(s.chipLine()));
    announce(m_summary);
    QString kept;
    if (ctx()->keptAt.isEmpty()) {
        kept = tr("The wizard did not keep the password anywhere: make sure you have it.");
    } else {
        QString places;
        for (const QString& place : ctx()->keptAt)
            places += QStringLiteral("<li>%1</li>").arg(place.toHtmlEscaped());
        kept = tr("Your owner password is kept in:%1", "%1: a list of places")
                   .arg(QStringLiteral("<ul>%1</ul>").arg(places));
    }
    QString srk;
    switch (r.srk) {
    case OwnerPasswordRecord::Srk::WellKnown:
        srk = tr("The storage root key password is the well-known one.");
        break;
    case OwnerPasswordRecord::Srk::OwnerPassword:
        srk = tr("The storage root key password is your owner password.");
        break;
    case OwnerPasswordRecord::Srk::Unknown:
        srk = tr("The storage root key password was set before this wizard; it does not know "
                 "it.");
        break;
    }
    kept = tr("%1 It is set for: %2. %3").arg(kept, words::encodingLabel(r.encoding), srk);
    m_kept->setText(kept);
    m_kept->setAccessibleName(m_kept->text());
    const bool havePassword = !r.password.isEmpty();
    m_actions->setVisible(havePassword);
    m_password->setText(r.password);
    m_show->setChecked(false);
    m_result->clear();
    m_backup->setVisible(havePassword);
    m_backup->setText(tr("Keep a second copy away from this computer \u2014 a printout, or a "
                         "file on a USB stick \u2014 so a broken disk does not take the only "
                         "copy with it."));
    if (ctx()->isTpm2()) {
        initializeTpm2();
        return;
    }
    m_next->setText(tr("<p>What next:</p><ul>"
                       "<li>Heads: use the TPM options in its menu to reset the TPM-backed "
                       "secrets with this owner password.</li>"
                       "<li>tpm-tools: commands such as <i>tpm_nvdefine</i> or "
                       "<i>tpm_setclearable</i> ask for this owner password.</li>"
                       "<li>Disk encryption and attestation tools can now create keys under "
                       "the storage root key.</li></ul>"));
}

void DonePage::report(const QString& text) {
    m_result->setText(text);
    announce(m_result);
}

void DonePage::saveCopy() {
    const QString suggested =
        RecoveryFileStore::suggestedPath(ctx()->machine.hostName, ctx()->isTpm2());
    const QString path =
        ctx()->chooseSaveFile(this, tr("Save a copy of the owner password"), suggested);
    if (path.isEmpty())
        return;
    const QString error =
        RecoveryFileStore::writePrivateFile(path, RecoveryFileStore::render(ctx()->record).toUtf8(),
                                            RecoveryFileStore::Existing::Replace);
    report(error.isEmpty() ? tr("Saved to %1 (readable only by you).").arg(path)
                           : tr("Could not save to %1: %2").arg(path, error));
}

void DonePage::saveWindowsFile() {
    const QString suggested =
        QDir::homePath() + QStringLiteral("/%1.tpm").arg(computerFileName(ctx()->machine.hostName));
    const QString path = ctx()->chooseSaveFile(this, tr("Save the Windows owner file"), suggested);
    if (path.isEmpty())
        return;
    const QString error = windows_owner_file::save(path, ctx()->record);
    report(error.isEmpty()
               ? tr("Saved to %1 (readable only by you). Windows' TPM console (tpm.msc) "
                    "accepts it as the owner password file.")
                     .arg(path)
               : tr("Could not save to %1: %2").arg(path, error));
}

void DonePage::printCopy() {
    StoreCall* call = ctx()->printer()->storeAndVerify(ctx()->record);
    connect(call, &StoreCall::finished, this, [this](bool ok, const QString& error) {
        report(ok ? tr("The password was printed.") : error);
    });
}

} // namespace tpmprov::ui

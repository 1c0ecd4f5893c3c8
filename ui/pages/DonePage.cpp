#include "pages/DonePage.h"

#include "model/Words.h"
#include "system/Autostart.h"

#include <QLabel>
#include <QVBoxLayout>

namespace tpmprov::ui {

DonePage::DonePage(WizardContext* context, QWidget* parent) : PageBase(context, parent) {
    setObjectName(QStringLiteral("donePage"));
    setTitle(tr("Your TPM is ready"));
    setSubTitle(tr("Everything is set up."));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    m_summary = paragraph(layout, {}, QStringLiteral("doneSummary"));
    m_kept = paragraph(layout, {}, QStringLiteral("doneKept"));
    m_kept->setTextFormat(Qt::RichText);
    m_next = paragraph(layout, {}, QStringLiteral("doneNext"));
    m_next->setTextFormat(Qt::RichText);
    layout->addStretch(1);
}

void DonePage::initializePage() {
    if (ctx()->autostartEnabled)
        Autostart::remove();
    const TpmStatus& s = ctx()->status;
    const OwnerPasswordRecord& r = ctx()->record;
    m_summary->setText(
        ctx()->ownerVerified
            ? tr("The TPM (%1) is on, active and owned by you; it accepted your owner "
                 "password.")
                  .arg(s.chipLine())
            : tr("The TPM (%1) is on, active and owned.").arg(s.chipLine()));
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
    kept = tr("%1 It is set for: %2. The storage root key password is %3.")
               .arg(kept, words::encodingLabel(r.encoding),
                    r.srkWellKnown ? tr("the well-known one") : tr("your owner password"));
    m_kept->setText(kept);
    m_kept->setAccessibleName(m_kept->text());
    m_next->setText(tr("<p>What next:</p><ul>"
                       "<li>Heads: use the TPM options in its menu to reset the TPM-backed "
                       "secrets with this owner password.</li>"
                       "<li>tpm-tools: commands such as <i>tpm_nvdefine</i> or "
                       "<i>tpm_setclearable</i> ask for this owner password.</li>"
                       "<li>Disk encryption and attestation tools can now create keys under "
                       "the storage root key.</li></ul>"));
}

} // namespace tpmprov::ui

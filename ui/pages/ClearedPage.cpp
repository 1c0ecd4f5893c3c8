#include "pages/ClearedPage.h"

#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>

namespace tpmprov::ui {

ClearedPage::ClearedPage(WizardContext* context, QWidget* parent) : PageBase(context, parent) {
    setObjectName(QStringLiteral("clearedPage"));
    setTitle(tr("The TPM was cleared"));
    setSubTitle(tr("The old owner and every key it had are gone."));
    setButtonText(QWizard::NextButton, tr("&Continue"));
    auto* layout = scrollingLayout(QStringLiteral("clearedScroll"), tr("The TPM was cleared"));
    m_text = paragraph(layout, {}, QStringLiteral("clearedText"));
    layout->addStretch(1);
}

void ClearedPage::initializePage() {
    if (ctx()->isTpm2())
        m_text->setText(tr("%1 Press \u201c"
                           "Continue\u201d: the wizard sets it up again with a "
                           "new lockout password.")
                            .arg(ctx()->stateInWords()));
    else
        m_text->setText(tr("%1 Press \u201c"
                           "Continue\u201d: the wizard turns the TPM on again, asks "
                           "for the restart, and then makes you its owner.")
                            .arg(ctx()->stateInWords()));
    announce(m_text);
}

bool ClearedPage::validatePage() {
    // Queued: QWizard finishes handling the click before it is restarted.
    QTimer::singleShot(0, this, [this] { Q_EMIT continueRequested(); });
    return false;
}

} // namespace tpmprov::ui

#pragma once
// "The TPM was cleared": confirms the clear, says the state it left (no owner, turned off,
// one more restart to turn it on) and continues from "Your TPM" with a fresh reading.
// objectNames: clearedPage, clearedText.

#include "pages/PageBase.h"

class QLabel;

namespace tpmprov::ui {

class ClearedPage : public PageBase {
    Q_OBJECT
public:
    explicit ClearedPage(WizardContext* context, QWidget* parent = nullptr);
    void initializePage() override;
    // "Continue": the wizard starts over (continueRequested); the page itself stays.
    bool validatePage() override;
    int nextId() const override { return IntroPageId; }

Q_SIGNALS:
    void continueRequested();

private:
    QLabel* m_text;
};

} // namespace tpmprov::ui

#pragma once
// "Your TPM": chip, vendor, version, the flags in plain words, the plan with what each step
// does and which are done, and what the user will need. objectName "introPage".

#include "pages/PageBase.h"

class QFormLayout;
class QLabel;
class QPushButton;

namespace tpmprov::ui {

class StepList;

class IntroPage : public PageBase {
    Q_OBJECT
public:
    explicit IntroPage(WizardContext* context, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    void reload(); // reads the TPM again ("Read again")

private:
    void show(const TpmStatus& status);

    QLabel* m_reading;
    QFormLayout* m_identity;
    QFormLayout* m_flags;
    StepList* m_plan;
    QLabel* m_needs;
    QPushButton* m_reload;
    bool m_loading = false;
};

} // namespace tpmprov::ui

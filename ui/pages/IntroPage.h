#pragma once
// "Your TPM": first a one-line verdict ("introVerdict") and what the user will need
// ("introNeeds"), then what the wizard will do next ("introReady") and the plan; the chip's
// identity and flags under "Details" ("introDetailsToggle"). The Next button is named for
// what it starts ("Turn on the TPM"). objectName "introPage".

#include "pages/PageBase.h"

class QFormLayout;
class QVBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

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
    void showVerdict(const TpmStatus& status);
    void showTpm2Verdict(const TpmStatus& status);
    void showNeeds(QStringList needs); // "What you will need", as a list
    // After a restart, with only the self-test and the endorsement key left: on to them.
    void passOnWhenNothingToDecide(const TpmStatus& status);
    void buildDetails(QVBoxLayout* layout, QWidget* content);

    QLabel* m_reading;
    QLabel* m_verdict;
    QLabel* m_ready;
    QToolButton* m_detailsToggle;
    QWidget* m_details;
    QFormLayout* m_identity;
    QFormLayout* m_flags;
    StepList* m_plan;
    QLabel* m_needs;
    QPushButton* m_reload;
    bool m_loading = false;
    int m_lookups = 0;        // the newest keyring lookup
    bool m_passingOn = false; // going on by itself (passOnWhenNothingToDecide)
};

} // namespace tpmprov::ui

#pragma once
// "Done": the owner is verified, where the password is kept, what to do next. Removes the
// autostart entry. objectNames: donePage, doneSummary, doneKept, doneNext.

#include "pages/PageBase.h"

class QLabel;

namespace tpmprov::ui {

class DonePage : public PageBase {
    Q_OBJECT
public:
    explicit DonePage(WizardContext* context, QWidget* parent = nullptr);
    void initializePage() override;
    int nextId() const override { return -1; }

private:
    QLabel* m_summary;
    QLabel* m_kept;
    QLabel* m_next;
};

} // namespace tpmprov::ui

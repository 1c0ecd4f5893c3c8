#pragma once
// "Presence locked by firmware": one reason, then what to change in the firmware setup, with
// the menu names of the computer's maker (DMI; model/FirmwareDirections). objectName
// "firmwarePage"; button "firmwareCheckAgain".

#include "pages/PageBase.h"

class QLabel;

namespace tpmprov::ui {

class FirmwarePage : public PageBase {
    Q_OBJECT
public:
    explicit FirmwarePage(WizardContext* context, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void show();
    QLabel* m_why;
    QLabel* m_steps;
};

} // namespace tpmprov::ui

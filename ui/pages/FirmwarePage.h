#pragma once
// "Presence locked by firmware": one reason, then what to change in the firmware setup, with
// the menu names of the computer's maker (DMI; model/FirmwareDirections). objectName
// "firmwarePage"; button "firmwareCheckAgain".

#include "pages/PageBase.h"

class QLabel;
class QPushButton;

namespace tpmprov::ui {

class FirmwarePage : public PageBase {
    Q_OBJECT
public:
    explicit FirmwarePage(WizardContext* context, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    void requestTurnOn(); // PPI operation 6, where the firmware offers it

private:
    void show();
    void showFirmwareRequest();
    QLabel* m_why;
    QLabel* m_request;
    QPushButton* m_requestButton;
    QLabel* m_steps;
    bool m_requested = false;
};

} // namespace tpmprov::ui

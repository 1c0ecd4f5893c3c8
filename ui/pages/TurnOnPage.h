#pragma once
// "Turn on": start, presence, enable, activate, self-test and endorsement key as one live
// step list, each step through the helper. objectName "turnOnPage"; the list "turnOnSteps".

#include "pages/PageBase.h"

#include <QStringList>

class QLabel;

namespace tpmprov::ui {

class StepList;

class TurnOnPage : public PageBase {
    Q_OBJECT
public:
    explicit TurnOnPage(WizardContext* context, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;
    bool isRunning() const { return m_running; }

private:
    void setRunning(bool running);
    void runFrom(int index);
    void runStep(const QString& step, std::function<void(bool)> done);
    void callStep(const QString& step, BackendCall* call, std::function<void(bool)> done);
    void jobStep(const QString& step, BackendCall* call, std::function<void(bool)> done);
    void failStep(const QString& step, const ErrorInfo& info, std::function<void(bool)> done);
    void finish();

    StepList* m_steps;
    QLabel* m_summary;
    QStringList m_order;
    bool m_running = false;
    bool m_finished = false;
    bool m_passingOn = false; // after a restart: on to the password page by itself
    int m_next = -1;
};

} // namespace tpmprov::ui

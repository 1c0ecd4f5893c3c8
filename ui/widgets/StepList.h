#pragma once
// A list of steps with a live status each: waiting, running, done, already done, failed,
// skipped. Each row: a status icon, the title, the status in words and a detail line.

#include <QHash>
#include <QIcon>
#include <QString>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace tpmprov::ui {

class StepList : public QWidget {
    Q_OBJECT
public:
    enum class State { Waiting, Running, Done, AlreadyDone, Failed, Skipped, Later };

    explicit StepList(QWidget* parent = nullptr);

    void clear();
    // id: stable identifier (also in objectNames: "step-<id>").
    void addStep(const QString& id, const QString& title, const QString& detail = {});
    // statusText: overrides the state's usual words (e.g. "To do").
    void setState(const QString& id, State state, const QString& detail = {},
                  const QString& statusText = {});
    State state(const QString& id) const;
    bool contains(const QString& id) const { return m_rows.contains(id); }
    static QString stateWords(State state);

private:
    QIcon iconFor(State state) const;

    struct Row {
        QLabel* icon = nullptr;
        QLabel* title = nullptr;
        QLabel* status = nullptr;
        QLabel* detail = nullptr;
        State state = State::Waiting;
    };
    QGridLayout* m_grid;
    QHash<QString, Row> m_rows;
    int m_nextRow = 0;
};

} // namespace tpmprov::ui

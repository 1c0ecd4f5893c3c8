#pragma once
// The engine's words (plan reasons, notes, recoveries: core/engine/Message.h) in the wizard's
// own translated wording, chosen by the message id the JSON carries. Words without a known id
// (a helper of another version) are shown as the helper wrote them.

#include "engine/Message.h"

#include <QString>
#include <QStringList>

namespace tpmprov::ui::words {

// id: the message's key ("note.verified"), args: its parameters, english: the helper's text.
QString engineWords(const QString& id, const QStringList& args, const QString& english);
// A message as core's decoder read it (MessageId::Text: its text as it came).
QString engineWords(const tpm::Message& message);
// Its id as the JSON spells it; empty for MessageId::Text.
QString messageKey(const tpm::Message& message);

// The wizard's words for an engine stop (Error kind "engine": EngineStopCode), replacing the
// catalogue's CLI wording: what happened, why, what to do now. False for an unknown code.
struct StopWords {
    QString meaning;
    QString detail;
    QString nextAction;
};
bool engineStopWords(std::uint32_t code, StopWords& out);

} // namespace tpmprov::ui::words

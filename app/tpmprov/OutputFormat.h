#pragma once
// The human-readable forms of states, plans, events and explanations.

#include "engine/Plan.h"
#include "engine/Provisioner.h"
#include "engine/Sysfs.h"
#include "explain/ErrorCatalogue.h"

#include <QString>
#include <QTextStream>

namespace tpmprov {

void printState(QTextStream& out, const std::string& target, const tpm::TpmState& state);
void printPlan(QTextStream& out, const tpm::Plan& plan);
void printExplanation(QTextStream& out, const tpm::explain::Explanation& explanation,
                      const tpm::Error& error);
void printEvent(QTextStream& out, const tpm::ProvisionEvent& event);
// The verdict of verify-owner, with the lockout warning when the TPM said no.
void printOwnerCheck(QTextStream& out, bool accepted);
// How a provisioning run ended: done, restart, or the explanation (on err). The same words
// for a run done here and one the helper did.
void printRunEnd(QTextStream& out, QTextStream& err, const tpm::ProvisionReport& report);
// The firmware's Physical Presence Interface as sysfs shows it (offered, pending, last).
void printPhysicalPresenceInterface(QTextStream& out, const tpm::SysfsInfo& sysfs, bool tpm2);
QString yesNo(bool value);

} // namespace tpmprov

#include "report/JsonDecode.h"

#include <algorithm>
#include <array>
#include <cstdio>

namespace tpm::report {

namespace {

std::string str(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toString().toStdString();
}

std::optional<bool> optionalBool(const QJsonValue& value) {
    return value.isBool() ? std::optional<bool>(value.toBool()) : std::nullopt;
}

std::uint32_t u32(const QJsonObject& object, const char* key) {
    return static_cast<std::uint32_t>(object.value(QLatin1String(key)).toInteger());
}

Error malformed(const std::string& what) {
    return Error::protocol(ProtocolErrorCode::BadValue, "status document: " + what);
}

TpmFamily familyFromName(const std::string& name) {
    for (TpmFamily family : {TpmFamily::Tpm12, TpmFamily::Tpm11, TpmFamily::Tpm20})
        if (familyName(family) == name)
            return family;
    return TpmFamily::Unknown;
}

EkStatus ekStatusFromName(const std::string& name) {
    for (EkStatus status : {EkStatus::Present, EkStatus::Absent, EkStatus::Unreadable})
        if (ekStatusName(status) == name)
            return status;
    return EkStatus::Unknown;
}

std::optional<Version> versionFromText(const std::string& text) {
    std::array<unsigned, 4> parts{};
    char end = 0;
    if (std::sscanf(text.c_str(), "%u.%u.%u.%u%c", &parts[0], &parts[1], &parts[2], &parts[3],
                    &end) != 4)
        return std::nullopt;
    for (unsigned part : parts)
        if (part > 255)
            return std::nullopt;
    return Version{static_cast<std::uint8_t>(parts[0]), static_cast<std::uint8_t>(parts[1]),
                   static_cast<std::uint8_t>(parts[2]), static_cast<std::uint8_t>(parts[3])};
}

// The vendor as the TPM_CAP_VERSION_INFO field that gives this text back: space padded.
std::array<std::uint8_t, 4> vendorIdFrom(const std::string& vendor) {
    std::array<std::uint8_t, 4> id{' ', ' ', ' ', ' '};
    for (std::size_t i = 0; i < id.size() && i < vendor.size(); ++i)
        id[i] = static_cast<std::uint8_t>(vendor[i]);
    return id;
}

Result<void> readVersion(const QJsonObject& tpm, TpmState& state) {
    const std::string chip = str(tpm, "chipVersion");
    if (chip.empty())
        return {};
    const auto version = versionFromText(chip);
    if (!version)
        return malformed("chipVersion '" + chip + "'");
    if (!tpm.contains(QStringLiteral("specLevel"))) {
        state.legacyVersion = *version;
        return {};
    }
    CapVersionInfo info;
    info.version = *version;
    info.specLevel = static_cast<std::uint16_t>(tpm.value(QStringLiteral("specLevel")).toInt());
    info.errataRev = static_cast<std::uint8_t>(tpm.value(QStringLiteral("errataRevision")).toInt());
    info.vendorId = vendorIdFrom(str(tpm, "vendor"));
    if (!fromHex(str(tpm, "vendorSpecific"), info.vendorSpecific))
        return malformed("vendorSpecific is not hex");
    state.versionInfo = std::move(info);
    return {};
}

template <class Flags, class Field>
std::optional<Flags> readFlags(const QJsonObject& flags, const QString& section,
                               std::span<const Field> fields) {
    if (!flags.contains(section))
        return std::nullopt;
    const QJsonObject values = flags.value(section).toObject();
    Flags out;
    for (const Field& field : fields)
        out.*(field.member) = values.value(QLatin1String(field.name)).toBool();
    // Flags an older chip did not send are the last ones (JsonReport's "...NotReported").
    const auto missing = flags.value(section + QStringLiteral("NotReported")).toArray().size();
    out.reported = static_cast<std::uint8_t>(fields.size() - static_cast<std::size_t>(missing));
    return out;
}

SysfsInfo sysfsFrom(const QJsonObject& sysfs) {
    SysfsInfo out;
    out.directory = str(sysfs, "directory");
    out.durations = str(sysfs, "durations");
    out.timeouts = str(sysfs, "timeouts");
    out.caps = str(sysfs, "caps");
    if (const QJsonValue major = sysfs.value(QStringLiteral("versionMajor")); major.isDouble())
        out.versionMajor = major.toInt();
    out.enabled = optionalBool(sysfs.value(QStringLiteral("enabled")));
    out.active = optionalBool(sysfs.value(QStringLiteral("active")));
    out.owned = optionalBool(sysfs.value(QStringLiteral("owned")));
    out.tempDeactivated = optionalBool(sysfs.value(QStringLiteral("tempDeactivated")));
    const QJsonObject ppi = sysfs.value(QStringLiteral("ppi")).toObject();
    out.hasPpi = ppi.value(QStringLiteral("present")).toBool();
    out.ppiVersion = str(ppi, "version");
    out.ppiTcgOperations = str(ppi, "tcgOperations");
    out.ppiVendorOperations = str(ppi, "vendorOperations");
    return out;
}

} // namespace

Result<TpmState> stateFromJson(const QJsonObject& object) {
    if (!object.value(QStringLiteral("tpm")).isObject())
        return malformed("no 'tpm' object");
    const QJsonObject tpm = object.value(QStringLiteral("tpm")).toObject();
    TpmState state;
    state.family = familyFromName(str(tpm, "family"));
    state.familyDetail = str(tpm, "familyDetail");
    if (auto version = readVersion(tpm, state); !version)
        return version.error();
    state.manufacturer = str(tpm, "manufacturer");

    const QJsonObject flags = object.value(QStringLiteral("flags")).toObject();
    state.permanent =
        readFlags<PermanentFlags>(flags, QStringLiteral("permanent"), permanentFlagFields());
    state.stclear = readFlags<StclearFlags>(flags, QStringLiteral("stclear"), stclearFlagFields());
    state.owned = optionalBool(object.value(QStringLiteral("owned")));

    const QJsonObject ek = object.value(QStringLiteral("ek")).toObject();
    state.ek = ekStatusFromName(str(ek, "status"));
    state.ekFingerprint = str(ek, "fingerprint");

    if (const QJsonValue d = object.value(QStringLiteral("durations")); d.isObject())
        state.durations = Durations{u32(d.toObject(), "shortUs"), u32(d.toObject(), "mediumUs"),
                                    u32(d.toObject(), "longUs")};
    if (const QJsonValue t = object.value(QStringLiteral("tisTimeouts")); t.isObject())
        state.tisTimeouts = TisTimeouts{u32(t.toObject(), "aUs"), u32(t.toObject(), "bUs"),
                                        u32(t.toObject(), "cUs"), u32(t.toObject(), "dUs")};
    if (const QJsonValue sysfs = object.value(QStringLiteral("sysfs")); sysfs.isObject())
        state.sysfs = sysfsFrom(sysfs.toObject());
    const QJsonArray recoveries = object.value(QStringLiteral("recoveryMessages")).toArray();
    if (!recoveries.isEmpty())
        for (const QJsonValue& recovery : recoveries)
            state.recoveries.push_back(messageFromJson(recovery.toObject()));
    else
        for (const QJsonValue& recovery : object.value(QStringLiteral("recoveries")).toArray())
            state.recoveries.push_back(messageFromJson({}, {}, recovery.toString()));
    state.awaitingStartup = object.value(QStringLiteral("awaitingStartup")).toBool();
    return state;
}

Message messageFromJson(const QJsonValue& id, const QJsonValue& args, const QString& text) {
    MessageId known = MessageId::Text;
    if (messageFromKey(id.toString().toStdString(), known) && known != MessageId::Text) {
        std::vector<std::string> values;
        for (const QJsonValue& arg : args.toArray())
            values.push_back(arg.toString().toStdString());
        Message message = say(known, std::move(values));
        if (message.text == text.toStdString())
            return message;
    }
    // Unknown id, or words that differ from this version's: keep what was written.
    return say(MessageId::Text, {text.toStdString()});
}

Message messageFromJson(const QJsonObject& message) {
    return messageFromJson(message.value(QStringLiteral("id")), message.value(QStringLiteral("args")),
                           message.value(QStringLiteral("text")).toString());
}

Result<Plan> planFromJson(const QJsonArray& array) {
    constexpr StepId kSteps[] = {StepId::PhysicalPresence, StepId::Enable,   StepId::Activate,
                                 StepId::Restart,          StepId::SelfTest, StepId::EndorsementKey,
                                 StepId::TakeOwnership,    StepId::Verify};
    constexpr StepStatus kStatuses[] = {StepStatus::Needed, StepStatus::Done, StepStatus::Skipped,
                                        StepStatus::Blocked};
    Plan plan;
    for (const QJsonValue& value : array) {
        const QJsonObject step = value.toObject();
        const std::string name = str(step, "step"), status = str(step, "status");
        const StepId* id = std::find_if(std::begin(kSteps), std::end(kSteps),
                                        [&](StepId s) { return stepName(s) == name; });
        const StepStatus* st =
            std::find_if(std::begin(kStatuses), std::end(kStatuses),
                         [&](StepStatus s) { return stepStatusName(s) == status; });
        if (id == std::end(kSteps) || st == std::end(kStatuses))
            return malformed("plan step '" + name + "' with status '" + status + "'");
        plan.steps.push_back({*id, *st,
                              messageFromJson(step.value(QStringLiteral("reasonId")),
                                              step.value(QStringLiteral("reasonArgs")),
                                              step.value(QStringLiteral("reason")).toString())});
    }
    return plan;
}

} // namespace tpm::report

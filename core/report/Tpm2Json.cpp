#include "report/Tpm2Json.h"

#include "report/JsonFields.h"

#include <QJsonArray>

namespace tpm::report {

namespace {

using fields::str;
using fields::text;
using fields::u32;

bool flag(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toBool();
}

std::uint32_t handleFrom(const QJsonValue& v) {
    bool ok = false;
    const auto value = v.toString().toUInt(&ok, 16);
    return ok ? value : 0;
}

QJsonArray handles(const std::vector<std::uint32_t>& list) {
    QJsonArray out;
    for (std::uint32_t h : list)
        out.append(handleText(h));
    return out;
}

std::vector<std::uint32_t> handlesFrom(const QJsonValue& v) {
    std::vector<std::uint32_t> out;
    for (const QJsonValue& h : v.toArray())
        out.push_back(handleFrom(h));
    return out;
}

} // namespace

QString handleText(std::uint32_t handle) {
    return QStringLiteral("0x%1").arg(handle, 8, 16, QLatin1Char('0'));
}

QJsonObject tpm2ToJson(const Tpm2Details& d) {
    QJsonObject out;
    out.insert(QStringLiteral("manufacturer"), text(d.manufacturer));
    out.insert(QStringLiteral("vendorString"), text(d.vendorString));
    out.insert(QStringLiteral("familyIndicator"), text(d.familyIndicator));
    out.insert(QStringLiteral("specLevel"), static_cast<qint64>(d.specLevel));
    out.insert(QStringLiteral("specRevision"), static_cast<qint64>(d.specRevision));
    out.insert(QStringLiteral("firmwareVersion1"), static_cast<qint64>(d.firmwareVersion1));
    out.insert(QStringLiteral("firmwareVersion2"), static_cast<qint64>(d.firmwareVersion2));
    out.insert(QStringLiteral("contextHash"), text(d.contextHash));
    out.insert(QStringLiteral("tcti"), text(d.tcti));
    if (d.permanent) {
        const Tpm2Permanent& p = *d.permanent;
        out.insert(QStringLiteral("permanent"),
                   QJsonObject{{QStringLiteral("ownerAuthSet"), p.ownerAuthSet},
                               {QStringLiteral("endorsementAuthSet"), p.endorsementAuthSet},
                               {QStringLiteral("lockoutAuthSet"), p.lockoutAuthSet},
                               {QStringLiteral("disableClear"), p.disableClear},
                               {QStringLiteral("inLockout"), p.inLockout},
                               {QStringLiteral("tpmGeneratedEPS"), p.tpmGeneratedEps}});
    }
    if (d.startupClear) {
        const Tpm2StartupClear& s = *d.startupClear;
        out.insert(QStringLiteral("startupClear"),
                   QJsonObject{{QStringLiteral("phEnable"), s.phEnable},
                               {QStringLiteral("shEnable"), s.shEnable},
                               {QStringLiteral("ehEnable"), s.ehEnable},
                               {QStringLiteral("phEnableNV"), s.phEnableNv},
                               {QStringLiteral("orderly"), s.orderly}});
    }
    if (d.dictionaryAttack) {
        const Tpm2DictionaryAttack& da = *d.dictionaryAttack;
        out.insert(QStringLiteral("dictionaryAttack"),
                   QJsonObject{{QStringLiteral("counter"), static_cast<qint64>(da.counter)},
                               {QStringLiteral("maxTries"), static_cast<qint64>(da.maxTries)},
                               {QStringLiteral("interval"), static_cast<qint64>(da.interval)},
                               {QStringLiteral("lockoutRecovery"),
                                static_cast<qint64>(da.lockoutRecovery)}});
    }
    out.insert(QStringLiteral("persistentHandles"), handles(d.persistentHandles));
    if (d.srk) {
        out.insert(QStringLiteral("srk"),
                   QJsonObject{{QStringLiteral("handle"), QStringLiteral("0x81000001")},
                               {QStringLiteral("algorithm"), text(d.srk->algorithm)},
                               {QStringLiteral("attributes"), handleText(d.srk->attributes)},
                               {QStringLiteral("name"), text(d.srk->name)},
                               {QStringLiteral("sharedTemplate"), d.srk->sharedTemplate},
                               {QStringLiteral("templateDetail"), text(d.srk->templateDetail)}});
    }
    out.insert(QStringLiteral("ekCertificateIndices"), handles(d.ekCertificateIndices));
    out.insert(QStringLiteral("systemdNvIndices"), handles(d.systemdNvIndices));
    QJsonArray banks;
    for (const std::string& bank : d.pcrBanks)
        banks.append(text(bank));
    out.insert(QStringLiteral("pcrBanks"), banks);
    return out;
}

Tpm2Details tpm2FromJson(const QJsonObject& o) {
    Tpm2Details d;
    d.manufacturer = str(o, "manufacturer");
    d.vendorString = str(o, "vendorString");
    d.familyIndicator = str(o, "familyIndicator");
    d.specLevel = u32(o, "specLevel");
    d.specRevision = u32(o, "specRevision");
    d.firmwareVersion1 = u32(o, "firmwareVersion1");
    d.firmwareVersion2 = u32(o, "firmwareVersion2");
    d.contextHash = str(o, "contextHash");
    d.tcti = str(o, "tcti");
    if (o.value(QStringLiteral("permanent")).isObject()) {
        const QJsonObject p = o.value(QStringLiteral("permanent")).toObject();
        d.permanent = Tpm2Permanent{flag(p, "ownerAuthSet"),   flag(p, "endorsementAuthSet"),
                                    flag(p, "lockoutAuthSet"), flag(p, "disableClear"),
                                    flag(p, "inLockout"),      flag(p, "tpmGeneratedEPS")};
    }
    if (o.value(QStringLiteral("startupClear")).isObject()) {
        const QJsonObject s = o.value(QStringLiteral("startupClear")).toObject();
        d.startupClear =
            Tpm2StartupClear{flag(s, "phEnable"), flag(s, "shEnable"), flag(s, "ehEnable"),
                             flag(s, "phEnableNV"), flag(s, "orderly")};
    }
    if (o.value(QStringLiteral("dictionaryAttack")).isObject()) {
        const QJsonObject da = o.value(QStringLiteral("dictionaryAttack")).toObject();
        d.dictionaryAttack = Tpm2DictionaryAttack{u32(da, "counter"), u32(da, "maxTries"),
                                                  u32(da, "interval"), u32(da, "lockoutRecovery")};
    }
    d.persistentHandles = handlesFrom(o.value(QStringLiteral("persistentHandles")));
    if (o.value(QStringLiteral("srk")).isObject()) {
        const QJsonObject s = o.value(QStringLiteral("srk")).toObject();
        d.srk = Tpm2Srk{str(s, "algorithm"), handleFrom(s.value(QStringLiteral("attributes"))),
                        str(s, "name"), flag(s, "sharedTemplate"), str(s, "templateDetail")};
    }
    d.ekCertificateIndices = handlesFrom(o.value(QStringLiteral("ekCertificateIndices")));
    d.systemdNvIndices = handlesFrom(o.value(QStringLiteral("systemdNvIndices")));
    for (const QJsonValue& bank : o.value(QStringLiteral("pcrBanks")).toArray())
        d.pcrBanks.push_back(bank.toString().toStdString());
    return d;
}

} // namespace tpm::report

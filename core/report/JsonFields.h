#pragma once
// Small conversions every writer and reader of the JSON documents shares (internal to
// core/report).

#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <string>

namespace tpm::report::fields {

inline QString text(const std::string& s) {
    return QString::fromStdString(s);
}

inline std::string str(const QJsonObject& object, const char* key) {
    return object.value(QLatin1String(key)).toString().toStdString();
}

inline std::uint32_t u32(const QJsonObject& object, const char* key) {
    return static_cast<std::uint32_t>(object.value(QLatin1String(key)).toInteger());
}

} // namespace tpm::report::fields

// The wizard's translations: compiled from translations/*.ts and embedded as
// ":/i18n/tpm-provisioner_<lang>.qm" (target tpmprov_translations).
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace tpmprov::i18n {

// The languages compiled in besides the English source, e.g. {"de", "fr"}.
QStringList availableLanguages();

// The resource path of a language's catalogue: ":/i18n/tpm-provisioner_de.qm".
QString resourcePath(const QString& language);

// Installs translators for `locale` into the running QCoreApplication: Qt's own strings
// (qtbase_<lang>.qm from QLibraryInfo::TranslationsPath, e.g. QWizard's buttons) and ours.
// The translators are children of the application. Returns the language of ours that was
// loaded ("de"), or an empty string when the locale's languages have none (English).
// Call it once, after constructing the application and before creating any widget.
QString install(const QLocale& locale = QLocale());

} // namespace tpmprov::i18n

#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QTranslator>

namespace tpmprov::i18n {

namespace {

const QString kPrefix = QStringLiteral("tpm-provisioner_");

} // namespace

QStringList availableLanguages() {
    QStringList out;
    const auto entries =
        QDir(QStringLiteral(":/i18n"))
            .entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& name : entries) {
        out << name.mid(kPrefix.size(), name.size() - kPrefix.size() - 3);
    }
    return out;
}

QString resourcePath(const QString& language) {
    return QStringLiteral(":/i18n/") + kPrefix + language + QStringLiteral(".qm");
}

QString install(const QLocale& locale) {
    auto* app = QCoreApplication::instance();
    if (app == nullptr) {
        return {};
    }
    // Ours first: QTranslator::load(locale, ...) walks the locale's UI languages in order
    // (de_AT -> de) and stops at the first catalogue it finds.
    auto* ours = new QTranslator(app);
    if (!ours->load(locale, QStringLiteral("tpm-provisioner"), QStringLiteral("_"),
                    QStringLiteral(":/i18n"))) {
        delete ours;
        return {};
    }
    QCoreApplication::installTranslator(ours);
    const QString language = ours->language().section(QLatin1Char('_'), 0, 0);

    // Qt's own strings in the same language, when the system has them
    // (package qt6-translations-l10n).
    auto* qt = new QTranslator(app);
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return language;
}

} // namespace tpmprov::i18n

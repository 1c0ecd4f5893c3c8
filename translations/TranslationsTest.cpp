// The compiled catalogues are embedded at ":/i18n/tpm-provisioner_<lang>.qm", are chosen by
// the locale, and hold every finished message of the checked-in .ts files.
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    QString translation;
};

// The finished, non-plural messages of a .ts file (the working directory is translations/).
QList<Message> finishedMessages(const QString& language) {
    QList<Message> out;
    QFile file(QStringLiteral("tpm-provisioner_%1.ts").arg(language));
    if (!file.open(QIODevice::ReadOnly)) {
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    bool finished = true;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{context, {}, {}, {}};
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                finished = true;
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                if (!numerus) {
                    current.translation = xml.readElementText();
                }
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (finished && !numerus) {
                out << current;
            }
        }
    }
    return out;
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private slots:
    void languagesAreCompiledIn() {
        QCOMPARE(tpmprov::i18n::availableLanguages(),
                 (QStringList{QStringLiteral("de"), QStringLiteral("fr")}));
    }

    void catalogueLoadsFromResource_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void catalogueLoadsFromResource() {
        QFETCH(QString, language);
        QTranslator translator;
        QVERIFY2(translator.load(tpmprov::i18n::resourcePath(language)),
                 qPrintable(tpmprov::i18n::resourcePath(language)));
        QCOMPARE(translator.language(), language);
    }

    void localeChoosesLanguage_data() {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de_DE") << QStringLiteral("de_DE") << QStringLiteral("de");
        QTest::newRow("de_AT") << QStringLiteral("de_AT") << QStringLiteral("de");
        QTest::newRow("fr_FR") << QStringLiteral("fr_FR") << QStringLiteral("fr");
        QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << QStringLiteral("fr");
        QTest::newRow("en_US") << QStringLiteral("en_US") << QString();
        QTest::newRow("ja_JP") << QStringLiteral("ja_JP") << QString();
    }
    void localeChoosesLanguage() {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(tpmprov::i18n::install(QLocale(locale)), expected);
    }

    // Every finished message of the .ts is in the embedded catalogue, as translated.
    void everyMessageIsCompiled_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
    }
    void everyMessageIsCompiled() {
        QFETCH(QString, language);
        QVERIFY2(QFile::exists(QStringLiteral("tpm-provisioner_%1.ts").arg(language)),
                 "run from translations/");
        QTranslator translator;
        QVERIFY(translator.load(tpmprov::i18n::resourcePath(language)));
        const auto messages = finishedMessages(language);
        for (const auto& m : messages) {
            const QString got = translator.translate(
                m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData());
            QVERIFY2(got == m.translation,
                     qPrintable(QStringLiteral("%1 / \"%2\": compiled \"%3\", .ts \"%4\"")
                                    .arg(m.context, m.source, got, m.translation)));
        }
        qInfo("%s: %lld finished messages compiled", qPrintable(language),
              static_cast<long long>(messages.size()));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "TranslationsTest.moc"

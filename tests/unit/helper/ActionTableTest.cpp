// The method -> action table (app/helper/ActionTable.h) must agree with the interface XML's
// annotations and the polkit .policy file, in both directions.
#include "ActionTable.h"

#include <QFile>
#include <QMap>
#include <QSet>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace tpmprov::helper;

namespace {

QString sourcePath(const char* relative) {
    return QStringLiteral(TPMPROV_SOURCE_DIR "/") + QString::fromLatin1(relative);
}

QString text(std::string_view view) {
    return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
}

struct XmlMethod {
    QString action;
    int actionAnnotations = 0;
};

// Method name -> its Action annotation(s), from the interface XML.
QMap<QString, XmlMethod> methodsFromInterface() {
    QFile file(sourcePath("resources/dbus/io.github.TpmProvisioner1.xml"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QMap<QString, XmlMethod> methods;
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QStringLiteral("method")) {
            current = xml.attributes().value(QStringLiteral("name")).toString();
            methods.insert(current, {});
        } else if (xml.isEndElement() && xml.name() == QStringLiteral("method")) {
            current.clear();
        } else if (xml.isStartElement() && xml.name() == QStringLiteral("annotation") &&
                   !current.isEmpty() &&
                   xml.attributes().value(QStringLiteral("name")) ==
                       QStringLiteral("io.github.TpmProvisioner1.Action")) {
            methods[current].action = xml.attributes().value(QStringLiteral("value")).toString();
            ++methods[current].actionAnnotations;
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return methods;
}

struct PolicyAction {
    QString allowAny, allowInactive, allowActive;
    bool hasMessage = false, hasDescription = false; // in English (no xml:lang)
    QMap<QString, QString> messages, descriptions;   // by xml:lang ("" for English)
};

QMap<QString, PolicyAction> actionsFromPolicy() {
    QFile file(sourcePath("resources/polkit/io.github.tpmprovisioner.policy"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QMap<QString, PolicyAction> actions;
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QStringLiteral("action")) {
            current = xml.attributes().value(QStringLiteral("id")).toString();
            actions.insert(current, {});
        } else if (!current.isEmpty()) {
            PolicyAction& action = actions[current];
            if (xml.name() == QStringLiteral("allow_any"))
                action.allowAny = xml.readElementText();
            else if (xml.name() == QStringLiteral("allow_inactive"))
                action.allowInactive = xml.readElementText();
            else if (xml.name() == QStringLiteral("allow_active"))
                action.allowActive = xml.readElementText();
            else if (xml.name() == QStringLiteral("message") ||
                     xml.name() == QStringLiteral("description")) {
                const bool isMessage = xml.name() == QStringLiteral("message");
                const QString lang = xml.attributes().value(QStringLiteral("xml:lang")).toString();
                const QString words = xml.readElementText().trimmed();
                (isMessage ? action.messages : action.descriptions).insert(lang, words);
                if (lang.isEmpty())
                    (isMessage ? action.hasMessage : action.hasDescription) = !words.isEmpty();
            }
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return actions;
}

} // namespace

TEST(ActionTable, EveryInterfaceMethodHasExactlyOneActionAndItIsTheTables) {
    const auto methods = methodsFromInterface();
    ASSERT_FALSE(methods.isEmpty());
    for (auto it = methods.begin(); it != methods.end(); ++it) {
        SCOPED_TRACE(it.key().toStdString());
        EXPECT_EQ(it->actionAnnotations, 1);
        bool found = false;
        for (const MethodAction& entry : kMethodActions) {
            if (text(entry.name) == it.key()) {
                found = true;
                EXPECT_EQ(text(entry.action), it->action);
            }
        }
        EXPECT_TRUE(found) << "no row in kMethodActions";
    }
}

TEST(ActionTable, EveryTableRowIsAnInterfaceMethod) {
    const auto methods = methodsFromInterface();
    for (const MethodAction& entry : kMethodActions)
        EXPECT_TRUE(methods.contains(text(entry.name))) << entry.name;
    EXPECT_EQ(static_cast<qsizetype>(kMethodActions.size()), methods.size());
}

TEST(ActionTable, EveryActionIsInThePolicyFileAndViceVersa) {
    const auto actions = actionsFromPolicy();
    QSet<QString> used;
    for (const MethodAction& entry : kMethodActions) {
        used.insert(text(entry.action));
        EXPECT_TRUE(actions.contains(text(entry.action))) << entry.action;
    }
    used.insert(text(kOtherUsersJobsAction));
    EXPECT_TRUE(actions.contains(text(kOtherUsersJobsAction)));
    for (auto it = actions.begin(); it != actions.end(); ++it)
        EXPECT_TRUE(used.contains(it.key())) << "unused action " << it.key().toStdString();
}

TEST(ActionTable, PolicyDefaultsFollowTheSecurityModel) {
    const auto actions = actionsFromPolicy();
    for (auto it = actions.begin(); it != actions.end(); ++it) {
        SCOPED_TRACE(it.key().toStdString());
        EXPECT_TRUE(it->hasMessage);
        EXPECT_TRUE(it->hasDescription);
        // Nobody outside an active local session gets anything without an administrator.
        EXPECT_EQ(it->allowAny, QStringLiteral("auth_admin"));
        EXPECT_EQ(it->allowInactive, QStringLiteral("auth_admin"));
        if (it.key() == QStringLiteral("io.github.tpmprovisioner.read-state"))
            EXPECT_EQ(it->allowActive, QStringLiteral("yes"));
        else if (it.key() == QStringLiteral("io.github.tpmprovisioner.force-clear") ||
                 it.key() == QStringLiteral("io.github.tpmprovisioner.request-physical-"
                                            "presence") ||
                 it.key() == QStringLiteral("io.github.tpmprovisioner.reset-lockout") ||
                 it.key() == QStringLiteral("io.github.tpmprovisioner.clear-with-lockout") ||
                 it.key() == text(kOtherUsersJobsAction))
            EXPECT_EQ(it->allowActive, QStringLiteral("auth_admin"));
        else
            EXPECT_EQ(it->allowActive, QStringLiteral("auth_admin_keep"));
    }
}

TEST(ActionTable, RefusalSentencesAndBusyRules) {
    for (const MethodAction& entry : kMethodActions) {
        EXPECT_FALSE(entry.what.empty()) << entry.name;
        EXPECT_EQ(&methodAction(entry.method), &entry);
    }
    EXPECT_FALSE(methodAction(Method::GetJob).usesTpm); // readable while a job runs
    EXPECT_FALSE(methodAction(Method::Cancel).usesTpm);
    EXPECT_TRUE(methodAction(Method::ForceClear).usesTpm);
    EXPECT_TRUE(methodAction(Method::VerifyOwner).usesTpm);
    EXPECT_TRUE(methodAction(Method::ClearWithLockout).usesTpm);
}

TEST(BusPolicy, OnlyRootOwnsTheName) {
    QFile file(sourcePath("resources/dbus/io.github.TpmProvisioner1.conf"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    int allowOwn = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QStringLiteral("policy")) {
            context = xml.attributes().hasAttribute(QStringLiteral("user"))
                          ? QStringLiteral("user=") +
                                xml.attributes().value(QStringLiteral("user")).toString()
                          : QStringLiteral("context=") +
                                xml.attributes().value(QStringLiteral("context")).toString();
        } else if (xml.name() == QStringLiteral("allow")) {
            const auto attributes = xml.attributes();
            if (attributes.hasAttribute(QStringLiteral("own"))) {
                ++allowOwn;
                EXPECT_EQ(context, QStringLiteral("user=root"));
            } else {
                // Sends only to our name and object.
                EXPECT_EQ(attributes.value(QStringLiteral("send_destination")),
                          QStringLiteral("io.github.TpmProvisioner1"));
                EXPECT_EQ(attributes.value(QStringLiteral("send_path")),
                          QStringLiteral("/io/github/TpmProvisioner1"));
                const QString interface =
                    attributes.value(QStringLiteral("send_interface")).toString();
                EXPECT_TRUE(interface == QStringLiteral("io.github.TpmProvisioner1") ||
                            interface == QStringLiteral("org.freedesktop.DBus.Introspectable") ||
                            interface == QStringLiteral("org.freedesktop.DBus.Properties") ||
                            interface == QStringLiteral("org.freedesktop.DBus.Peer"))
                    << interface.toStdString();
            }
        }
    }
    EXPECT_FALSE(xml.hasError());
    EXPECT_EQ(allowOwn, 1);
}

// Issue 9, item 4: polkit shows the action's message in the user's language (polkit picks the
// xml:lang entry for the agent's locale), so every action has German and French words.
TEST(ActionTable, EveryPolicyActionIsTranslatedToGermanAndFrench) {
    const auto actions = actionsFromPolicy();
    ASSERT_FALSE(actions.isEmpty());
    for (auto it = actions.begin(); it != actions.end(); ++it) {
        SCOPED_TRACE(it.key().toStdString());
        for (const QMap<QString, QString>* words : {&it->messages, &it->descriptions}) {
            ASSERT_TRUE(words->contains(QString()));
            for (const QString& language : {QStringLiteral("de"), QStringLiteral("fr")}) {
                EXPECT_FALSE(words->value(language).isEmpty()) << language.toStdString();
                EXPECT_NE(words->value(language), words->value(QString()))
                    << language.toStdString();
            }
            EXPECT_EQ(words->size(), 3) << "one entry per language";
        }
    }
}

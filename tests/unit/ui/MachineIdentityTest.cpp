// Issue 11, items 2, 7 and 9: which computer this is (machine id, host, DMI maker and
// model, read from a directory tree made to look like /), and the firmware menu names
// chosen by the laptop's maker.

#include "system/MachineIdentity.h"

#include "model/FirmwareDirections.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace tpmprov::ui;

namespace {

class FakeRoot {
public:
    void put(const QString& path, const QByteArray& text) {
        const QString full = m_dir.path() + path;
        ASSERT_TRUE(QDir().mkpath(QFileInfo(full).absolutePath()));
        QFile file(full);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    void dmi(const char* field, const QByteArray& value) {
        put(QStringLiteral("/sys/class/dmi/id/") + QLatin1String(field), value + '\n');
    }
    MachineIdentity read() const { return MachineIdentity::read(m_dir.path()); }

private:
    QTemporaryDir m_dir;
};

} // namespace

TEST(MachineIdentity, ThinkPadModelComesFromProductVersion) {
    FakeRoot root;
    root.put(QStringLiteral("/etc/machine-id"), "0123456789abcdef0123456789abcdef\n");
    root.put(QStringLiteral("/etc/hostname"), "w530\n");
    root.dmi("sys_vendor", "LENOVO");
    root.dmi("product_name", "2436CTO");
    root.dmi("product_version", "ThinkPad W530");
    const MachineIdentity id = root.read();
    EXPECT_EQ(id.machineId, QStringLiteral("0123456789abcdef0123456789abcdef"));
    EXPECT_EQ(id.hostName, QStringLiteral("w530"));
    EXPECT_EQ(id.computerName(), QStringLiteral("LENOVO ThinkPad W530"));
}

TEST(MachineIdentity, PlaceholdersAndMissingDmiFallBackToTheHostName) {
    FakeRoot root;
    root.put(QStringLiteral("/etc/machine-id"), "not an id\n");
    root.put(QStringLiteral("/var/lib/dbus/machine-id"), "fedcba9876543210fedcba9876543210");
    root.put(QStringLiteral("/etc/hostname"), "desk\n");
    root.dmi("sys_vendor", "To be filled by O.E.M.");
    root.dmi("product_name", "System Product Name");
    const MachineIdentity id = root.read();
    EXPECT_EQ(id.machineId, QStringLiteral("fedcba9876543210fedcba9876543210"));
    EXPECT_TRUE(id.vendor.isEmpty());
    EXPECT_TRUE(id.product.isEmpty());
    EXPECT_EQ(id.computerName(), QStringLiteral("desk"));
}

TEST(MachineIdentity, NothingReadableGivesEmptyFields) {
    FakeRoot root;
    const MachineIdentity id = root.read();
    EXPECT_TRUE(id.machineId.isEmpty());
    EXPECT_TRUE(id.computerName().isEmpty());
}

TEST(FirmwareDirections, FollowTheLaptopMakerNotTheTpmVendor) {
    MachineIdentity thinkpad;
    thinkpad.vendor = QStringLiteral("LENOVO");
    thinkpad.product = QStringLiteral("ThinkPad W530");
    const FirmwareDirections lenovo = firmwareDirections(thinkpad);
    EXPECT_TRUE(lenovo.tpmMenu.contains(QStringLiteral("Security Chip")));
    EXPECT_EQ(lenovo.maker, QStringLiteral("LENOVO ThinkPad W530"));
    EXPECT_TRUE(lenovo.setupKeys.contains(QStringLiteral("F1")));

    MachineIdentity dell;
    dell.vendor = QStringLiteral("Dell Inc.");
    dell.product = QStringLiteral("Latitude E6430");
    EXPECT_TRUE(firmwareDirections(dell).tpmMenu.contains(QStringLiteral("TPM Security")));
    EXPECT_EQ(firmwareDirections(dell).setupKeys, QStringLiteral("F2"));

    MachineIdentity hp;
    hp.vendor = QStringLiteral("Hewlett-Packard");
    EXPECT_EQ(firmwareDirections(hp).setupKeys, QStringLiteral("F10"));
}

TEST(FirmwareDirections, UnknownMakerGetsTheGenericNames) {
    MachineIdentity qemu;
    qemu.vendor = QStringLiteral("QEMU");
    qemu.product = QStringLiteral("Standard PC (i440FX + PIIX, 1996)");
    const FirmwareDirections d = firmwareDirections(qemu);
    EXPECT_TRUE(d.maker.isEmpty());
    EXPECT_TRUE(d.tpmMenu.contains(QStringLiteral("Security → TPM")));
    EXPECT_TRUE(d.tpmMenu.contains(QStringLiteral("Security Chip")));
    EXPECT_TRUE(d.setupKeys.contains(QStringLiteral("F2")));
}

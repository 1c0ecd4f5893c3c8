// Issue 11, item 7: a printout written to a PDF file holds the owner password, so the file is
// the owner's alone (0600) like the recovery file, even with a permissive umask.

#include "stores/PrintStore.h"

#include "GuiApplication.h"

#include <QFile>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTextDocument>
#include <gtest/gtest.h>
#include <sys/stat.h>

using tpmprov::ui::PrintStore;

namespace {

mode_t modeOf(const QString& path) {
    struct stat st {};
    EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0);
    return st.st_mode & 07777;
}

QString printPdf(const QString& path) {
    tpmprov::ui::testing::ensureGuiApplication(); // QPrinter and fonts need one
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    QTextDocument document;
    document.setPlainText(QStringLiteral("password: QC7ZT-GZUUL-AFE2X-FEHLF-GCJAR"));
    return PrintStore::printTo(document, printer);
}

} // namespace

TEST(PrintStore, APdfPrintoutIsReadableByTheOwnerAlone) {
    const mode_t old = ::umask(022);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("owner-password.pdf"));
    EXPECT_EQ(printPdf(path), QString());
    EXPECT_EQ(modeOf(path), mode_t(0600));
    QFile pdf(path);
    ASSERT_TRUE(pdf.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdf.read(5).startsWith("%PDF"));
    ::umask(old);
}

TEST(PrintStore, AnExistingFileIsMadePrivateBeforeItIsOverwritten) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.pdf"));
    {
        QFile existing(path);
        ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
        existing.write("old");
    }
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
    EXPECT_EQ(printPdf(path), QString());
    EXPECT_EQ(modeOf(path), mode_t(0600));
}

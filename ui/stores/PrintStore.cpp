#include "stores/PrintStore.h"

#include "stores/RecoveryFileStore.h"
#include "transport/UniqueFd.h"

#include <QFile>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QWidget>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>

namespace tpmprov::ui {

PrintStore::PrintStore(QWidget* dialogParent, QObject* parent)
    : SecretStore(parent), m_dialogParent(dialogParent), m_print(&PrintStore::dialogPrint) {}

QString PrintStore::location() const {
    return tr("the printed copy");
}

QString PrintStore::dialogPrint(QTextDocument& document, QWidget* parent) {
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print the owner password"));
    if (dialog.exec() != QDialog::Accepted)
        return tr("Printing was cancelled.");
    return printTo(document, printer);
}

QString PrintStore::printTo(QTextDocument& document, QPrinter& printer) {
    const QString file = printer.outputFileName();
    if (!file.isEmpty()) {
        const tpm::UniqueFd fd(::open(QFile::encodeName(file).constData(),
                                      O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600));
        if (!fd || ::fchmod(fd.get(), 0600) != 0)
            return tr("Cannot write %1: %2")
                .arg(file, QString::fromLocal8Bit(std::strerror(errno)));
    }
    document.print(&printer);
    if (!file.isEmpty() && !QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner))
        return tr("Cannot make %1 readable by you alone.").arg(file);
    return {};
}

StoreCall* PrintStore::storeAndVerify(const OwnerPasswordRecord& record) {
    auto* call = new StoreCall(this);
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setFamily(QStringLiteral("monospace"));
    document.setDefaultFont(font);
    document.setPlainText(RecoveryFileStore::render(record));
    const QString error = m_print(document, m_dialogParent);
    call->finishLater(error.isEmpty(), error);
    return call;
}

} // namespace tpmprov::ui

#include "stores/PrintStore.h"

#include "stores/RecoveryFileStore.h"

#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QWidget>

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
    document.print(&printer);
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

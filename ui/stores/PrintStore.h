#pragma once
// A paper copy of the owner password. Printing cannot be read back, so it is kept only in
// addition to the keyring or a file. The printer is injectable: tests replace the dialog.

#include "stores/SecretStore.h"

#include <functional>

class QPrinter;
class QTextDocument;
class QWidget;

namespace tpmprov::ui {

class PrintStore : public SecretStore {
    Q_OBJECT
public:
    // Prints the document; returns "" on success, else the error ("cancelled" in words).
    using PrintFunction = std::function<QString(QTextDocument& document, QWidget* parent)>;

    explicit PrintStore(QWidget* dialogParent = nullptr, QObject* parent = nullptr);
    void setPrintFunction(PrintFunction function) { m_print = std::move(function); }
    QString location() const override;
    StoreCall* storeAndVerify(const OwnerPasswordRecord& record) override;

    static QString dialogPrint(QTextDocument& document, QWidget* parent);
    // Prints to `printer`. A file it writes (print to PDF) holds the password: it is created
    // 0600 before the first byte (QPrinter truncates an existing file and keeps its mode) and
    // is 0600 afterwards, like the recovery file. Returns "" or the error.
    static QString printTo(QTextDocument& document, QPrinter& printer);

private:
    QWidget* m_dialogParent;
    PrintFunction m_print;
};

} // namespace tpmprov::ui

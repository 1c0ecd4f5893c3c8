#include "CliSession.h"
#include "OutputFormat.h"
#include "report/JsonReport.h"

namespace tpmprov {

int runExplain(Cli& cli, const QString& code) {
    const auto explanation = tpm::explain::explainCodeText(code.toStdString());
    if (!explanation)
        return cli.usage(QStringLiteral("'%1' is not a TPM 1.2 return code, a TSS code or an "
                                        "errno name I know")
                             .arg(code));
    if (cli.json()) {
        cli.printJson(tpm::report::explanationToJson(*explanation));
        return ExitOk;
    }
    QTextStream& out = cli.out();
    out << QString::fromStdString(explanation->name) << " ("
        << QString::fromStdString(explanation->code)
        << "): " << QString::fromStdString(explanation->meaning) << "\n";
    if (!explanation->detail.empty())
        out << "  " << QString::fromStdString(explanation->detail) << "\n";
    if (!explanation->nextAction.empty())
        out << "  What to do: " << QString::fromStdString(explanation->nextAction) << "\n";
    out.flush();
    return ExitOk;
}

} // namespace tpmprov

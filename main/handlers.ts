import { getAttachment } from './attachments/attachmentStore';
import { listAudit } from './audit/auditService';
import { checkIntegrity, latestIntegrity } from './audit/integrityService';
import * as auth from './auth/authService';
import * as backupFolders from './backup/backupFolders';
import * as backup from './backup/backupService';
import type { Handlers } from './core/dispatch';
import { seedDemo } from './demo/seedDemo';
import * as desa from './desa/desaService';
import * as kegiatan from './kegiatan/kegiatanService';
import { laporanHandlers } from './laporan/handlers';
import * as accounts from './ledger/accountsService';
import { exportBook } from './ledger/booksExport';
import * as books from './ledger/booksService';
import { futureEntries } from './ledger/futureEntries';
import * as importBatches from './ledger/import/batches';
import * as imports from './ledger/importService';
import * as journal from './ledger/journalService';
import * as office from './office/profileService';
import * as officers from './officers/officersService';
import * as corrections from './pemeriksaan/examCorrections';
import { finaliseExam, verifyExam } from './pemeriksaan/examFinalise';
import { examPdf } from './pemeriksaan/examPdf';
import { examSchedule, setExamSchedule } from './pemeriksaan/examSchedule';
import * as exam from './pemeriksaan/examService';
import { attachSigned, signedCopy } from './pemeriksaan/examSigned';
import { suggestedEntries } from './pemeriksaan/examSuggestions';
import * as kelompok from './pinjaman/kelompokService';
import { kolekSeries } from './pinjaman/kolekSeries';
import { commitLoanImport, previewLoanImport } from './pinjaman/loanImport';
import * as posting from './pinjaman/loanPosting';
import { loanCard, loanRatios, loanReport } from './pinjaman/loanReports';
import { rescheduleLoan } from './pinjaman/loanReschedule';
import * as loans from './pinjaman/loanService';
import { portfolio } from './pinjaman/portfolio';
import * as products from './pinjaman/productService';
import { compareAudits } from './praaudit/auditCompare';
import { auditPdf, finaliseAudit } from './praaudit/auditFinalise';
import * as auditFindings from './praaudit/auditFindings';
import * as audit from './praaudit/auditService';
import * as template from './praaudit/templateService';
import * as review from './review/reviewService';
import { systemStatus } from './system/systemService';
import * as deposits from './temuan/findingDeposits';
import { addFollowUp } from './temuan/findingFollowUp';
import { findingMatrix, recoverySummary } from './temuan/findingMatrix';
import * as finding from './temuan/findingService';
import * as findingSettings from './temuan/findingSettings';
import * as library from './temuan/libraryService';

/** Request name → service. Every request of the contract must be here (checked by the type). */
export const handlers: Handlers = {
  'auth.status': (_input, ctx) => auth.authStatus(ctx),
  'auth.setup': (input, ctx) => auth.setupFirstAdmin(ctx, input),
  'auth.login': (input, ctx) => auth.login(ctx, input),
  'auth.logout': (_input, ctx) => auth.logout(ctx),
  'auth.changePassword': (input, ctx) => auth.changePassword(ctx, input),
  'auth.setIdleMinutes': (input, ctx) => auth.setIdleMinutes(ctx, input),
  'user.list': (_input, ctx) => auth.listUsers(ctx),
  'user.create': (input, ctx) => auth.createUser(ctx, input),
  'user.update': (input, ctx) => auth.updateUser(ctx, input),
  'user.setActive': (input, ctx) => auth.setUserActive(ctx, input),
  'user.resetPassword': (input, ctx) => auth.resetPassword(ctx, input),
  'system.status': (_, ctx) => systemStatus(ctx),
  'audit.list': (input, ctx) => listAudit(ctx, input),
  'integrity.check': (_input, ctx) => checkIntegrity(ctx),
  'demo.load': async (_, ctx) => {
    await seedDemo(ctx);
    return systemStatus(ctx);
  },
  'backup.list': (_, ctx) => backup.listBackupsFor(ctx),
  'backup.now': (_, ctx) => backup.backupNow(ctx),
  'backup.restore': (input, ctx) => backup.restoreBackup(ctx, input),
  'backup.undoRestore': (_, ctx) => backup.undoRestore(ctx),
  'office.getProfile': (_, ctx) => office.getProfile(ctx),
  'office.saveProfile': (input, ctx) => office.saveProfile(ctx, input),
  'office.setLogo': (input, ctx) => office.setLogo(ctx, input),
  'office.removeLogo': (_, ctx) => office.removeLogo(ctx),
  'officers.list': (input, ctx) => officers.listOfficers(ctx, input),
  'officers.create': (input, ctx) => officers.createOfficer(ctx, input),
  'officers.update': (input, ctx) => officers.updateOfficer(ctx, input),
  'officers.setActive': (input, ctx) => officers.setOfficerActive(ctx, input),
  'officers.addTerm': (input, ctx) => officers.addTerm(ctx, input),
  'officers.updateTerm': (input, ctx) => officers.updateTerm(ctx, input),
  'officers.onDate': (input, ctx) => officers.officersOnDate(ctx, input),
  'desa.list': (input, ctx) => desa.listDesa(ctx, input),
  'desa.create': (input, ctx) => desa.createDesa(ctx, input),
  'desa.update': (input, ctx) => desa.updateDesa(ctx, input),
  'desa.setActive': (input, ctx) => desa.setDesaActive(ctx, input),
  'tpk.create': (input, ctx) => desa.createTpkMember(ctx, input),
  'tpk.update': (input, ctx) => desa.updateTpkMember(ctx, input),
  'tpk.setActive': (input, ctx) => desa.setTpkMemberActive(ctx, input),
  'accounts.list': (input, ctx) => accounts.listAccounts(ctx, input),
  'accounts.create': (input, ctx) => accounts.createAccount(ctx, input),
  'accounts.update': (input, ctx) => accounts.updateAccount(ctx, input),
  'accounts.setActive': (input, ctx) => accounts.setAccountActive(ctx, input),
  'accounts.createMoney': (input, ctx) => accounts.createMoneyAccount(ctx, input),
  'accounts.updateBank': (input, ctx) => accounts.updateBankDetails(ctx, input),
  'journal.get': (input, ctx) => journal.getEntry(ctx, input),
  'journal.post': (input, ctx) => journal.postEntry(ctx, input),
  'journal.quick': (input, ctx) => journal.quickEntry(ctx, input),
  'journal.update': (input, ctx) => journal.updateEntry(ctx, input),
  'journal.void': (input, ctx) => journal.voidEntry(ctx, input),
  'journal.reverse': (input, ctx) => journal.reverseEntry(ctx, input),
  'journal.openingBalances': (input, ctx) => journal.postOpeningBalances(ctx, input),
  'journal.importPreview': (input, ctx) => imports.importPreview(ctx, input),
  'journal.importCommit': (input, ctx) => imports.importCommit(ctx, input),
  'journal.importMapping': (_, ctx) => imports.rememberedMapping(ctx),
  'books.page': (input, ctx) => books.bookPage(ctx.sqlite, input.query, input.after, input.limit),
  'books.balanceAt': (input, ctx) => books.balanceAt(ctx, input),
  'books.export': (input, ctx) => exportBook(ctx, input),
  'books.lockState': (_, ctx) => books.getLockState(ctx),
  'books.lock': (input, ctx) => books.lockUntil(ctx, input),
  'exam.list': (_, ctx) => exam.listExams(ctx),
  'exam.get': (input, ctx) => exam.readExam(ctx.sqlite, input.id),
  'exam.denominations': (_, ctx) => exam.listDenominations(ctx),
  'exam.create': (input, ctx) => exam.createExam(ctx, input),
  'exam.updateHeader': (input, ctx) => exam.updateHeader(ctx, input),
  'exam.setCounts': (input, ctx) => exam.setCounts(ctx, input),
  'exam.addNonCash': (input, ctx) => exam.addNonCash(ctx, input),
  'exam.addExplanation': (input, ctx) => exam.addExplanation(ctx, input),
  'exam.setStatement': (input, ctx) => exam.setStatement(ctx, input),
  'exam.addReconItem': (input, ctx) => exam.addReconItem(ctx, input),
  'exam.removeItem': (input, ctx) => exam.removeItem(ctx, input),
  'exam.setObservation': (input, ctx) => exam.setObservation(ctx, input),
  'exam.addFinding': (input, ctx) => exam.addFinding(ctx, input),
  'exam.setConclusion': (input, ctx) => exam.setConclusion(ctx, input),
  'exam.finalise': (input, ctx) => finaliseExam(ctx, input),
  'exam.verify': (input, ctx) => verifyExam(ctx, input),
  'exam.pdf': (input, ctx) => examPdf(ctx, input),
  'exam.suggestedEntries': (input, ctx) => suggestedEntries(ctx, input),
  'exam.schedule': (_, ctx) => examSchedule(ctx),
  'exam.setSchedule': (input, ctx) => setExamSchedule(ctx, input),
  'exam.attachSigned': (input, ctx) => attachSigned(ctx, input),
  'exam.addendum': (input, ctx) => corrections.openAddendum(ctx, input),
  'exam.observationItems': (_, ctx) => corrections.listObservationItems(ctx),
  'exam.addObservationItem': (input, ctx) => corrections.addObservationItem(ctx, input),
  'exam.setObservationItemActive': (input, ctx) => corrections.setObservationItemActive(ctx, input),
  'exam.history': (_, ctx) => exam.examHistory(ctx),
  'exam.setDenominationActive': (input, ctx) => exam.setDenominationActive(ctx, input),
  'exam.signedCopy': (input, ctx) => signedCopy(ctx, input),
  'kegiatan.list': (input, ctx) => kegiatan.listKegiatan(ctx, input),
  'kegiatan.create': (input, ctx) => kegiatan.createKegiatan(ctx, input),
  'kegiatan.update': (input, ctx) => kegiatan.updateKegiatan(ctx, input),
  'kegiatan.setActive': (input, ctx) => kegiatan.setKegiatanActive(ctx, input),
  'template.list': (_, ctx) => template.listTemplates(ctx),
  'template.get': (input, ctx) => template.readVersion(ctx.sqlite, input.versionId),
  'template.copy': (input, ctx) => template.copyTemplate(ctx, input),
  'template.newVersion': (input, ctx) => template.newVersion(ctx, input),
  'template.saveSection': (input, ctx) => template.saveSection(ctx, input),
  'template.saveItem': (input, ctx) => template.saveItem(ctx, input),
  'template.removeItem': (input, ctx) => template.removeItem(ctx, input),
  'template.publish': (input, ctx) => template.publishVersion(ctx, input),
  'template.setActive': (input, ctx) => template.setTemplateActive(ctx, input),
  'praAudit.list': (input, ctx) => audit.listAudits(ctx, input),
  'praAudit.get': (input, ctx) => audit.getAudit(ctx, input),
  'praAudit.create': (input, ctx) => audit.createAudit(ctx, input),
  'praAudit.updateHeader': (input, ctx) => audit.updateHeader(ctx, input),
  'praAudit.answer': (input, ctx) => audit.answerItem(ctx, input),
  'praAudit.attachEvidence': (input, ctx) => audit.attachEvidence(ctx, input),
  'praAudit.removeEvidence': (input, ctx) => audit.removeEvidence(ctx, input),
  'praAudit.createFindings': (input, ctx) => auditFindings.createFindings(ctx, input),
  'praAudit.saveFinding': (input, ctx) => auditFindings.saveFinding(ctx, input),
  'praAudit.removeFinding': (input, ctx) => auditFindings.removeFinding(ctx, input),
  'praAudit.setConclusion': (input, ctx) => audit.setConclusion(ctx, input),
  'praAudit.finalise': (input, ctx) => finaliseAudit(ctx, input),
  'praAudit.pdf': (input, ctx) => auditPdf(ctx, input),
  'praAudit.compare': (input, ctx) => compareAudits(ctx, input),
  'attachment.get': (input, ctx) => getAttachment(ctx, input),
  'finding.list': (input, ctx) => finding.listFindings(ctx, input),
  'finding.get': (input, ctx) => finding.getFinding(ctx, input),
  'finding.addFollowUp': (input, ctx) => addFollowUp(ctx, input),
  'finding.overview': (_, ctx) => finding.findingsOverview(ctx),
  'kelompok.list': (input, ctx) => kelompok.listKelompok(ctx, input),
  'kelompok.create': (input, ctx) => kelompok.createKelompok(ctx, input),
  'kelompok.update': (input, ctx) => kelompok.updateKelompok(ctx, input),
  'kelompok.setActive': (input, ctx) => kelompok.setKelompokActive(ctx, input),
  'anggota.create': (input, ctx) => kelompok.createAnggota(ctx, input),
  'anggota.update': (input, ctx) => kelompok.updateAnggota(ctx, input),
  'anggota.setActive': (input, ctx) => kelompok.setAnggotaActive(ctx, input),
  'loanProduct.list': (_, ctx) => products.listProducts(ctx),
  'loanProduct.save': (input, ctx) => products.saveProduct(ctx, input),
  'classTable.list': (_, ctx) => products.listClassTables(ctx),
  'classTable.save': (input, ctx) => products.saveClassTable(ctx, input),
  'classTable.setCurrent': (input, ctx) => products.setCurrentClassTable(ctx, input),
  'loan.list': (input, ctx) => loans.listLoans(ctx, input),
  'loan.get': (input, ctx) => loans.getLoan(ctx, input),
  'loan.propose': (input, ctx) => loans.proposeLoan(ctx, input),
  'loan.verify': (input, ctx) => loans.verifyLoan(ctx, input),
  'loan.approve': (input, ctx) => loans.approveLoan(ctx, input),
  'loan.reject': (input, ctx) => loans.rejectLoan(ctx, input),
  'loan.disburse': (input, ctx) => posting.disburseLoan(ctx, input),
  'loan.repay': (input, ctx) => posting.repayLoan(ctx, input),
  'loan.voidRepayment': (input, ctx) => posting.voidRepayment(ctx, input),
  'loan.writeOff': (input, ctx) => posting.writeOffLoan(ctx, input),
  'loan.reschedule': (input, ctx) => rescheduleLoan(ctx, input),
  'loan.portfolio': (input, ctx) => portfolio(ctx, input),
  'loan.ratios': (input, ctx) => loanRatios(ctx, input),
  'loan.report': (input, ctx) => loanReport(ctx, input),
  'loan.card': (input, ctx) => loanCard(ctx, input),
  'loanImport.preview': (input, ctx) => previewLoanImport(ctx, input),
  'loanImport.commit': (input, ctx) => commitLoanImport(ctx, input),

  'integrity.latest': (_input, ctx) => latestIntegrity(ctx),
  'backup.folders': (_, ctx) => backupFolders.listFolders(ctx),
  'backup.addFolder': (input, ctx) => backupFolders.addFolder(ctx, input),
  'backup.removeFolder': (input, ctx) => backupFolders.removeFolder(ctx, input),
  'backup.toFolder': (input, ctx) => backup.backupToFolder(ctx, input),
  'finding.addDeposit': (input, ctx) => deposits.addDeposit(ctx, input),
  'finding.depositCandidates': (input, ctx) => deposits.depositCandidates(ctx, input),
  'finding.recovery': (_, ctx) => recoverySummary(ctx),
  'finding.settings': (_, ctx) => findingSettings.getFindingSettings(ctx),
  'finding.setSettings': (input, ctx) => findingSettings.setFindingSettings(ctx, input),
  'finding.matrix': (input, ctx) => findingMatrix(ctx, input),
  'library.list': (input, ctx) => library.listLibrary(ctx, input),
  'library.history': (input, ctx) => library.libraryHistory(ctx, input),
  'library.save': (input, ctx) => library.saveLibraryEntry(ctx, input),
  'library.setActive': (input, ctx) => library.setLibraryActive(ctx, input),
  'review.get': (input, ctx) => review.getReview(ctx, input),
  'review.submit': (input, ctx) => review.submitForReview(ctx, input),
  'review.decide': (input, ctx) => review.decideReview(ctx, input),
  'review.settings': (_, ctx) => review.getReviewSettings(ctx),
  'review.setSettings': (input, ctx) => review.setReviewSettings(ctx, input),
  'loan.kolekSeries': (input, ctx) => kolekSeries(ctx, input),
  'importBatch.list': (_, ctx) => importBatches.listBatches(ctx),
  'importBatch.get': (input, ctx) => importBatches.getBatch(ctx, input),
  'importBatch.undo': (input, ctx) => importBatches.undoBatch(ctx, input),
  'books.futureEntries': (input, ctx) => futureEntries(ctx, input),
  ...laporanHandlers,
};

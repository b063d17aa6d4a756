// Writes tests/corpus/corpus.json: bad and hostile API responses, each with the outcome the
// widget must give. Every field of the contract is broken at least once. The outcomes are
// written here by hand from the contract and the rules of docs/api.md and docs/security.md, not
// recorded from the code.
// Run: node tests/corpus/generate.mjs [file] (the file defaults to tests/corpus/corpus.json;
// scripts/test writes elsewhere and compares).
import { writeFileSync } from "node:fs";

const contact = { phone: "33663366", openingHours: "Hverdage 9-15", email: "borger@kk.dk", url: "https://kk.dk/kontakt" };
const breach = { phone: "33663366", digitalPostUrl: "https://post.borger.dk/skriv" };
const base = () => ({
  schemaVersion: "1.0",
  generatedAt: "2026-11-23T09:14:00+01:00",
  view: "citizen",
  authorities: [{ id: "0101", name: "Københavns Kommune", kind: "municipality", status: "ok" }],
  topics: [{
    authorityId: "0101", kle: "32.24.04", titleSource: "kle", documentTitles: "citizen",
    selfService: [{ itSystem: null, url: "https://kk.dk/sag/{caseNumber}" }],
    accessToRecordsUrl: "https://kk.dk/aktindsigt", contact: { ...contact }, breachReporting: { ...breach },
  }],
  claimTypes: [{ authorityId: "0101", id: "T1", name: "Gebyr for bibliotek", selfService: [{ itSystem: null, url: "https://kk.dk/betal" }], contact: { ...contact }, breachReporting: { ...breach } }],
  cases: [{
    id: "c1", authorityId: "0101", kle: "32.24.04", facet: "G01", caseNumber: "S-1", caseTitle: "Egen titel", itSystem: "X",
    progress: [{ code: "Opstaaet", at: "2026-01-01T10:00:00+01:00" }], created: "2026-01-01", basis: "primaryParty",
    documents: [{ title: "Brev om sagen", date: "2026-01-02", direction: "outgoing" }],
  }],
  benefits: [{
    id: "b1", authorityId: "0101", kle: "32.24.04", name: "Kontanthjælp", status: "Aktiv", from: "2026-01-01", repayable: false,
    payments: [
      { date: "2026-01-30", periodFrom: "2026-01-01", periodTo: "2026-01-31", grossOre: 1000000, netOre: 620000, paidOre: 620000 },
      { date: "2026-02-27", periodFrom: "2026-02-01", periodTo: "2026-02-28", grossOre: 1000000, netOre: 620000, paidOre: 620000 },
    ],
  }],
  claims: [{ id: "k1", authorityId: "0101", claimTypeId: "T1", amountOre: 10000, outstandingOre: 10000, created: "2026-10-01", dueDate: "2026-12-01", sentToDebtCollection: false }],
});

const DELETE = Symbol("delete");
function set(body, path, value) {
  const keys = path.split(".");
  const last = keys.pop();
  const parent = keys.reduce((o, k) => o[k], body);
  if (value === DELETE) delete parent[last];
  else parent[last] = value;
}

const corpus = [];
/** A response broken at one or more paths. */
function bad(name, changes, expect) {
  const body = base();
  for (const [path, value] of changes) set(body, path, value);
  corpus.push({ name, body, expect });
}
/** A body that is not built from the base. */
function raw(name, text, expect) {
  corpus.push({ name, raw: text, expect });
}

const CPR = "010190-1234";
const dropCase = { cases: 0, dropped: 1, findings: ["MalformedItem"] };
const dropBenefit = { benefits: 0, dropped: 1, findings: ["MalformedItem"] };
const dropClaim = { claims: 0, dropped: 1, findings: ["MalformedItem"] };
const dropOther = { dropped: 1, findings: ["MalformedItem"] };

// The envelope.
raw("empty body", "", { error: "Truncated" });
raw("HTML error page", "<html><body>502 Bad Gateway</body></html>", { error: "NotJson" });
raw("a JSON list", "[1,2,3]", { error: "NotContract" });
raw("JSON null", "null", { error: "NotContract" });
raw("a JSON string", '"overview"', { error: "NotContract" });
raw("cut off halfway", JSON.stringify(base()).slice(0, 300), { error: "Truncated" });
raw("nested 300 deep in an unknown field", `{"schemaVersion":"1.0","cases":[],"x":${"[".repeat(300)}${"]".repeat(300)}}`, { cases: 0, benefits: 0, claims: 0 });
raw("nested 300 deep as a case", `{"schemaVersion":"1.0","cases":[${"[".repeat(300)}${"]".repeat(300)}]}`, { cases: 0, benefits: 0, claims: 0, dropped: 1, findings: ["MalformedItem"] });
{
  // As raw text: a corpus reader with a recursion limit could not hold it as a value.
  const body = base();
  body.cases[0].extra = "DEEP";
  raw("nested 300 deep inside a case's unknown field", JSON.stringify(body).replace('"DEEP"', "[".repeat(300) + "]".repeat(300)), {});
}
bad("schemaVersion missing", [["schemaVersion", DELETE]], { error: "NotContract" });
bad("schemaVersion 2.0", [["schemaVersion", "2.0"]], { error: "UnsupportedVersion" });
bad("schemaVersion a number", [["schemaVersion", 1]], { error: "NotContract" });
bad("generatedAt not an instant", [["generatedAt", "i går"]], { absent: ["Opdateret"] });
bad("view unknown", [["view", "admin"]], {});
bad("unknown top-level fields", [["extra", { nested: [1, 2, { deep: true }] }], ["debug", "x".repeat(5000)]], {});
bad("cases not a list", [["cases", "x"]], { cases: 0, dropped: 1, findings: ["MalformedItem"] });
bad("claims an object", [["claims", { k1: {} }]], { claims: 0, dropped: 1, findings: ["MalformedItem"] });
bad("benefits null", [["benefits", null]], { benefits: 0 });

// Authorities.
bad("authority without id", [["authorities.0.id", DELETE]], { ...dropOther, findings: ["MalformedItem", "UnknownReference"], present: ["Ukendt myndighed"] });
bad("authority kind unknown", [["authorities.0.kind", "region"]], { present: ["Københavns Kommune"] });
// The widget never reads `kind`: its absence must not cost the citizen the authority's name.
bad("authority kind missing", [["authorities.0.kind", DELETE]], { present: ["Københavns Kommune"], absent: ["Ukendt myndighed"] });
bad("authority status unknown", [["authorities.0.status", "maybe"]], { present: ["Københavns Kommune"] });
bad("authority name with markup", [["authorities.0.name", "<b onclick=x>Københavns</b> Kommune"]], { findings: ["RemovedMarkup"], absent: ["<b", "onclick"], present: ["Københavns Kommune"] });
bad("authority duplicated", [["authorities.1", { id: "0101", name: "Anden", kind: "other", status: "ok" }]], { dropped: 1, absent: ["Anden"] });
bad("authority unavailable", [["authorities.0.status", "unavailable"]], { findings: ["AuthorityUnavailable"], present: ["Vi kan ikke hente oplysninger fra Københavns Kommune"] });

// Topics.
bad("titleSource unknown", [["topics.0.titleSource", "system"]], { findings: ["UnknownValue"], present: ["Hjælp til forsørgelse"] });
bad("documentTitles unknown hides documents", [["topics.0.documentTitles", "everyone"]], { findings: ["UnknownValue"], absent: ["Brev om sagen"] });
bad("selfService javascript:", [["topics.0.selfService.0.url", "javascript:alert(document.cookie)"]], { findings: ["UnsafeUrl"], absent: ["javascript:", "Gå til selvbetjening"] });
bad("selfService data:", [["topics.0.selfService.0.url", "data:text/html,<script>alert(1)</script>"]], { findings: ["UnsafeUrl"], absent: ["data:text"] });
bad("selfService protocol-relative", [["topics.0.selfService.0.url", "//evil.example/{caseNumber}"]], { findings: ["UnsafeUrl"], absent: ["evil.example"] });
bad("selfService relative", [["topics.0.selfService.0.url", "/sag/{caseNumber}"]], { findings: ["UnsafeUrl"], absent: ["Gå til selvbetjening"] });
bad("selfService not a list", [["topics.0.selfService", "https://kk.dk"]], { ...dropOther, findings: ["MalformedItem", "UnknownReference"] });
bad("selfService entry without url", [["topics.0.selfService.0.url", DELETE]], { absent: ["Gå til selvbetjening"] });
bad("accessToRecordsUrl plain http", [["topics.0.accessToRecordsUrl", "http://kk.dk/aktindsigt"]], { findings: ["UnsafeUrl"], absent: ["Søg aktindsigt"] });
bad("accessToRecordsUrl with user name", [["topics.0.accessToRecordsUrl", "https://admin:secret@kk.dk/"]], { findings: ["UnsafeUrl"], absent: ["secret"] });
bad("contact url javascript:", [["topics.0.contact.url", "JaVaScRiPt:alert(1)"]], { findings: ["UnsafeUrl"], absent: ["JaVaScRiPt:"] });
bad("contact phone not a number", [["topics.0.contact.phone", "<script>ring</script>"]], { findings: ["UnusableContact"], absent: ["<script>"] });
bad("contact email with header injection", [["topics.0.contact.email", "borger@kk.dk?bcc=spion@evil.example"]], { findings: ["UnusableContact"], absent: ["spion"] });
bad("contact a string", [["topics.0.contact", "ring 33663366"]], { ...dropOther, findings: ["MalformedItem", "UnknownReference"] });
bad("contact missing", [["topics.0.contact", DELETE]], { findings: ["NoContact"] });
bad("breachReporting missing", [["topics.0.breachReporting", DELETE]], { findings: ["NoBreachReporting"] });
bad("breach Digital Post over ftp", [["topics.0.breachReporting.digitalPostUrl", "ftp://post.borger.dk"]], { findings: ["UnsafeUrl"], absent: ["ftp:"] });
bad("kleTitle with a CPR number", [["topics.0.kleTitle", `Kontanthjælp ${CPR}`]], { findings: ["MaskedCpr"], absent: [CPR], present: ["Kontanthjælp xxxxxx-xxxx"] });
bad("kleTitle huge", [["topics.0.kleTitle", "A".repeat(100000)]], { ...dropOther, findings: ["MalformedItem", "UnknownReference"] });
bad("topic kle a number", [["topics.0.kle", 322404]], { ...dropOther, findings: ["MalformedItem", "UnknownReference"] });

// Claim types.
bad("claim type without name", [["claimTypes.0.name", DELETE]], { ...dropOther, findings: ["MalformedItem", "UnknownReference"], present: ["Betaling til Københavns Kommune"] });
bad("claim type link with user name", [["claimTypes.0.selfService.0.url", "https://u:p@kk.dk/betal"]], { findings: ["UnsafeUrl"], absent: ["u:p@"] });
bad("claim type name with markup and bidi", [["claimTypes.0.name", "Gebyr\u202E <img src=x onerror=alert(1)>"]], { findings: ["RemovedMarkup", "RemovedHiddenCharacters"], absent: ["onerror", "\u202E"] });

// Cases.
bad("case without id", [["cases.0.id", DELETE]], dropCase);
bad("case id empty", [["cases.0.id", ""]], dropCase);
bad("case id a number", [["cases.0.id", 42]], dropCase);
bad("case created 30 February", [["cases.0.created", "2026-02-30"]], dropCase);
bad("case created in year 1", [["cases.0.created", "0001-01-01"]], dropCase);
bad("case created as a timestamp", [["cases.0.created", 1767225600]], dropCase);
bad("case facet a number", [["cases.0.facet", 7]], dropCase);
bad("case caseNumber missing", [["cases.0.caseNumber", DELETE]], dropCase);
bad("case kle unknown", [["cases.0.kle", "99.99.99"]], { findings: ["UnknownKle", "UnknownReference"], present: ["Sag hos Københavns Kommune"] });
bad("case kle garbage", [["cases.0.kle", "<b>x</b>"]], { findings: ["UnknownKle"], absent: ["<b>"] });
bad("case facet unknown", [["cases.0.facet", "ZZZ"]], { present: ["Hjælp til forsørgelse (kontanthjælp mv.)"] });
bad("own title with script", [["topics.0.titleSource", "caseTitle"], ["cases.0.caseTitle", "<script>alert(1)</script>Ansøgning"]], { findings: ["RemovedMarkup"], absent: ["<script"], present: ["alert(1) Ansøgning"] });
bad("own title with a CPR number", [["topics.0.titleSource", "caseTitle"], ["cases.0.caseTitle", `Sag om ${CPR.replace("-", "")}`]], { findings: ["MaskedCpr"], absent: ["0101901234"], present: ["Sag om xxxxxx-xxxx"] });
bad("own title with bidi override", [["topics.0.titleSource", "caseTitle"], ["cases.0.caseTitle", "Ansøgning\u202Egnikkæd"]], { findings: ["RemovedHiddenCharacters"], absent: ["\u202E"] });
bad("own title with a CPR split by a zero-width space", [["topics.0.titleSource", "caseTitle"], ["cases.0.caseTitle", "Sag 0101\u200B90-1234"]], { findings: ["MaskedCpr", "RemovedHiddenCharacters"], absent: ["90-1234"] });
bad("own title ignored when the topic says kle", [["cases.0.caseTitle", `Hemmelig ${CPR}`]], { absent: ["Hemmelig", CPR] });
bad("progress code unknown", [["cases.0.progress.0.code", "Genoptaget"]], { findings: ["UnknownValue"], present: ["Anden status", "Sagen har en status, vi ikke kan vise her."] });
bad("progress not a list", [["cases.0.progress", "Oplyst"]], dropCase);
bad("progress entry with a bad time", [["cases.0.progress.0.at", "i går"]], { findings: ["MalformedEntries", "MissingProgress"], present: ["Status ukendt"] });
bad("progress empty", [["cases.0.progress", []]], { findings: ["MissingProgress"], present: ["Status ukendt"] });
bad("document title a number", [["cases.0.documents.0.title", 42]], { findings: ["MalformedEntries"], absent: ["Brev om sagen"] });
// Contract 1.1: citizens see the titles of incoming and outgoing documents only.
bad("document direction unknown", [["cases.0.documents.0.direction", "sideways"]], { absent: ["Brev om sagen"] });
bad("document internal", [["cases.0.documents.0.direction", "internal"]], { absent: ["Brev om sagen", "Internt"] });
bad("caseworker sent", [["cases.0.caseworker", "Hanne Hansen (HH)"], ["cases.0.caseworkerInitials", "HH"]], { absent: ["Hanne", "(HH)"] });
bad("case number a CPR number with a space", [["cases.0.caseNumber", "010190 1234"]], { findings: ["MaskedCpr", "UnsafeUrl"], absent: ["010190 1234", "kk.dk/sag/010190"], present: ["xxxxxx-xxxx"] });
bad("progress code a CPR number", [["cases.0.progress.0.code", "0101901234"]], { findings: ["UnknownValue"], absent: ["0101901234"] });
bad("case id a CPR number split by a dash", [["cases.0.id", "010190\u20131234"], ["cases.0.progress.0.code", "Ukendt"]], { findings: ["UnknownValue"], absent: ["010190\u20131234"] });
bad("case duplicated", [["cases.1", { ...base().cases[0], caseNumber: "DUP" }]], { dropped: 1, absent: ["DUP"] });
bad("case of an unknown authority", [["cases.0.authorityId", "9999"]], { findings: ["UnknownReference"], present: ["Ukendt myndighed"] });
bad("basis unknown", [["cases.0.basis", "neighbour"]], { findings: ["UnknownValue"] });
bad("property address with markup", [["cases.0.basis", "propertyOwner"], ["cases.0.property", { address: "<i>Vestergade 1</i>" }]], { findings: ["RemovedMarkup"], present: ["Vestergade 1"], absent: ["<i>"] });
bad("case number needing encoding", [["cases.0.caseNumber", "S 1/ø&x=1"]], { present: ["https://kk.dk/sag/S%201%2F%C3%B8%26x%3D1"] });

// Benefits.
bad("benefit status unknown", [["benefits.0.status", "Suspenderet"]], { findings: ["UnknownValue"], present: ["Status ukendt"] });
bad("benefit ends before it starts", [["benefits.0.to", "2025-01-01"]], dropBenefit);
bad("benefit without from", [["benefits.0.from", DELETE]], dropBenefit);
bad("benefit repayable a string", [["benefits.0.repayable", "yes"]], dropBenefit);
bad("benefit name with a CPR number", [["benefits.0.name", `Ydelse til ${CPR}`]], { findings: ["MaskedCpr"], absent: [CPR] });
// Every separator the CPR rule names between date and serial (docs/security.md, "The rules"):
// each dash, the minus sign, and spaces of every kind (a line separator and a tab among them).
const SEPARATORS = { "em dash": "\u2014", "horizontal bar": "\u2015", "non-breaking hyphen": "\u2011", "figure dash": "\u2012", "minus sign": "\u2212", "no-break space": "\u00A0", "narrow no-break space": "\u202F", "figure space": "\u2007", "ideographic space": "\u3000", "ogham space mark": "\u1680", "line separator": "\u2028", tab: "\t" };
for (const [name, separator] of Object.entries(SEPARATORS)) {
  const cpr = `010190${separator}1234`;
  bad(`benefit name with a CPR number split by ${name === "tab" ? "a tab" : `the ${name}`}`, [["benefits.0.name", `Ydelse til ${cpr}`]], { findings: ["MaskedCpr"], absent: [cpr, "1234"], present: ["Ydelse til xxxxxx-xxxx"] });
}
bad("payment amount a string", [["benefits.0.payments.0.grossOre", "1000000"]], { findings: ["MalformedEntries"] });
bad("payment amount beyond i64", [["benefits.0.payments.0.paidOre", 1e20]], { findings: ["MalformedEntries"] });
bad("payment amount absurd", [["benefits.0.payments.0.paidOre", 100000000000000]], dropBenefit);
bad("payment period reversed", [["benefits.0.payments.0.periodFrom", "2026-02-15"]], dropBenefit);
bad("payments null", [["benefits.0.payments", null]], { present: ["Kontanthjælp"] });
bad("payment with a fractional amount", [["benefits.0.payments.1.netOre", 0.5]], { findings: ["MalformedEntries"] });

// Claims.
bad("claim amount negative", [["claims.0.amountOre", -1]], dropClaim);
bad("claim amount beyond i64", [["claims.0.amountOre", 1e20]], dropClaim);
bad("claim amount a string", [["claims.0.amountOre", "100"]], dropClaim);
bad("claim outstanding missing", [["claims.0.outstandingOre", DELETE]], dropClaim);
bad("claim due date in Danish format", [["claims.0.dueDate", "01.12.2026"]], dropClaim);
bad("claim created in 1800", [["claims.0.created", "1800-01-01"]], dropClaim);
bad("claim debt flag a string", [["claims.0.sentToDebtCollection", "true"]], dropClaim);
bad("claim of an unknown type", [["claims.0.claimTypeId", "NOPE"]], { findings: ["UnknownReference"], present: ["Betaling til Københavns Kommune"] });
bad("claim without due date", [["claims.0.dueDate", DELETE]], { present: ["Status ukendt"], absent: ["Kommende betaling"] });
bad("claim id duplicated", [["claims.1", { ...base().claims[0], amountOre: 99999 }]], { dropped: 1, absent: ["999,99"] });

writeFileSync(process.argv[2] ?? new URL("corpus.json", import.meta.url), JSON.stringify(corpus, null, 1) + "\n");
console.log(`wrote ${corpus.length} responses`);

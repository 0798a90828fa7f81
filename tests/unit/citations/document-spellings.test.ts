// Every distinct way the policy documents (luma-policies-2021-03 and -2021-07, shared/reference)
// write a citation, with what it must parse to. "where" is set/file-number; both sets carry the same
// citations except the mapping page (24) filed with 2021-03, an older page of its own (2020-11).
import { parseCitations } from "../../../src/citations/citation.js";

type Row = readonly [written: string, canonical: readonly string[], where: string];

const HIPAA_TABLE_CELLS: readonly Row[] = [
  ["Security Management Process - 164.308(a)(1)(i)", ["164.308(a)(1)(i)"], "02, 24"],
  ["Assigned Security Responsibility - 164.308(a)(2)", ["164.308(a)(2)"], "02, 24"],
  ["Workforce Security - 164.308(a)(3)(i)", ["164.308(a)(3)(i)"], "02, 24"],
  ["Information Access Management - 164.308(a)(4)(i)", ["164.308(a)(4)(i)"], "02, 24"],
  ["Security Awareness and Training - 164.308(a)(5)(i)", ["164.308(a)(5)(i)"], "02, 24"],
  ["Security Incident Procedures - 164.308(a)(6)(i)", ["164.308(a)(6)(i)"], "02, 24, 12"],
  ["Contingency Plan - 164.308(a)(7)(i)", ["164.308(a)(7)(i)"], "02, 24"],
  ["Evaluation - 164.308(a)(8)", ["164.308(a)(8)"], "02, 24"],
  ["Facility Access Controls - 164.310(a)(1)", ["164.310(a)(1)"], "02, 24"],
  ["Workstation Use - 164.310(b)", ["164.310(b)"], "02, 24"],
  ["Workstation Security - 164.310('c')", ["164.310(c)"], "02, 24"],
  ["Device and Media Controls - 164.310(d)(1)", ["164.310(d)(1)"], "02, 24"],
  ["Access Control - 164.312(a)(1)", ["164.312(a)(1)"], "02, 24"],
  ["Audit Controls - 164.312(b)", ["164.312(b)"], "02, 24"],
  ["Integrity - 164.312('c')(1)", ["164.312(c)(1)"], "02, 24"],
  ["Person or Entity Authentication - 164.312(d)", ["164.312(d)"], "02, 24"],
  ["Transmission Security - 164.312(e)(1)", ["164.312(e)(1)"], "02, 24"],
  ["Business Associate Contracts or Other Arrangements - 164.314(a)(1)(i)", ["164.314(a)(1)(i)"], "02, 24"],
  ["Policies and Procedures - 164.316(a)", ["164.316(a)"], "02, 24"],
  ["Documentation - 164.316(b)(1)(i)", ["164.316(b)(1)(i)"], "02, 24"],
];

const HITECH_ENTRIES: readonly Row[] = [
  ["Notification in the Case of Breach - 13402(a) and (b)", ["HITECH 13402(a)", "HITECH 13402(b)"], "02, 24"],
  ["Timelines of Notification - 13402(d)(1)", ["HITECH 13402(d)(1)"], "02, 24"],
  ["Content of Notification - 13402(f)(1)", ["HITECH 13402(f)(1)"], "02, 24"],
  [
    "HITECH Notification in the Case of Breach - 13402(a) and 13402(b)",
    ["HITECH 13402(a)", "HITECH 13402(b)"],
    "12",
  ],
  ["HITECH Timeliness of Notification - 13402(d)(1)", ["HITECH 13402(d)(1)"], "12"],
  ["HITECH Content of Notification - 13402(f)(1)", ["HITECH 13402(f)(1)"], "12"],
  ["section 13402(h)(2) of Pub. L.111-5", ["HITECH 13402(h)(2)"], "22 (prose)"],
];

const HIPAA_LIST_ITEMS: readonly Row[] = [
  ["164.316(a) - Policies and Procedures", ["164.316(a)"], "03"],
  ["164.316(b)(1)(i) - Documentation", ["164.316(b)(1)(i)"], "03"],
  ["164.308(a)(1)(ii)(A) - HIPAA Security Rule Risk Analysis", ["164.308(a)(1)(ii)(A)"], "04"],
  ["164.308(a)(1)(ii)(B) - HIPAA Security Rule Risk Management", ["164.308(a)(1)(ii)(B)"], "04"],
  ["164.308(a)(8) - HIPAA Security Rule Evaluation", ["164.308(a)(8)"], "04"],
  ["164.308(a)(2) - Assigned Security Responsibility", ["164.308(a)(2)"], "05"],
  ["164.308(a)(5)(i) - Security Awareness and Training", ["164.308(a)(5)(i)"], "05, 11, 19"],
  ["164.308(a)(7)(ii)(A) - Data Backup Plan", ["164.308(a)(7)(ii)(A)"], "06"],
  ["164.310(d)(2)(iii) - Accountability", ["164.310(d)(2)(iii)"], "06"],
  ["164.310(d)(2)(iv) - Data Backup and Storage", ["164.310(d)(2)(iv)"], "06"],
  ["164.308a4iiC Access Establishment and Modification", ["164.308(a)(4)(ii)(C)"], "07"],
  ["164.308a3iiB Workforce Clearance Procedures", ["164.308(a)(3)(ii)(B)"], "07"],
  ["164.308a4iiB Access Authorization", ["164.308(a)(4)(ii)(B)"], "07"],
  ["164.312d Person or Entity Authentication", ["164.312(d)"], "07"],
  ["164.312a2i Unique User Identification", ["164.312(a)(2)(i)"], "07"],
  ["164.308a5iiD Password Management", ["164.308(a)(5)(ii)(D)"], "07"],
  ["164.312a2iii Automatic Logoff", ["164.312(a)(2)(iii)"], "07"],
  ["164.310b Workstation Use", ["164.310(b)"], "07"],
  ["164.310c Workstation Security", ["164.310(c)"], "07"],
  ["164.308a3iiC Termination Procedures", ["164.308(a)(3)(ii)(C)"], "07"],
  ["45 CFR §164.308(a)(1)(ii)(D) - Information System Activity Review", ["164.308(a)(1)(ii)(D)"], "08"],
  [
    "45 CFR §164.308(a)(5)(ii)(B) & &lpar;C&rpar; - Protection from Malicious Software & Log-in Monitoring",
    ["164.308(a)(5)(ii)(B)", "164.308(a)(5)(ii)(C)"],
    "08",
  ],
  ["45 CFR §164.308(a)(2) - HIPAA Security Rule Periodic Evaluation", ["164.308(a)(2)"], "08"],
  ["45 CFR §164.312(b) - Audit Controls", ["164.312(b)"], "08"],
  ["45 CFR §164.312&lpar;c&rpar;(2) - Mechanism to Authenticate ePHI", ["164.312(c)(2)"], "08"],
  ["45 CFR §164.312(e)(2)(i) - Integrity Controls", ["164.312(e)(2)(i)"], "08"],
  ["164.310(a)(2)(iii) Access Control & Validation Procedures", ["164.310(a)(2)(iii)"], "09, 10"],
  ["164.310(a)(2)(ii) Facility Security Plan", ["164.310(a)(2)(ii)"], "10"],
  ["164.310(b-c) Workstation Use & Security", ["164.310(b)", "164.310(c)"], "10"],
  ["164.308(a)(6) - Security Incident Procedures", ["164.308(a)(6)"], "11"],
  ["164.308(a)(7)(i) - Contingency Plan", ["164.308(a)(7)(i)"], "13"],
  ["164.310(d)(1) - Device and Media Controls", ["164.310(d)(1)"], "14"],
  ["164.312(b) - Audit Controls", ["164.312(b)"], "15"],
  ["164.308(a)(8) - Evaluation", ["164.308(a)(8)"], "16, 17"],
  ["164.314(a)(1)(i) - Business Associate Contracts or Other Arrangements", ["164.314(a)(1)(i)"], "21"],
];

const HIPAA_PROSE: readonly Row[] = [
  [
    "45 CFR 164.308(a)(1)(ii)(A), 164.308(a)(1)(ii)(B), 164.308(a)(1)(i), and 164.308(a)(8).",
    ["164.308(a)(1)(ii)(A)", "164.308(a)(1)(ii)(B)", "164.308(a)(1)(i)", "164.308(a)(8)"],
    "04 (prose)",
  ],
  ["[164.308(a)(2)]", ["164.308(a)(2)"], "05 (prose)"],
  [
    "[164.308(a)(3)(ii)(A) and 164.308(a)(5)(ii)(A)]",
    ["164.308(a)(3)(ii)(A)", "164.308(a)(5)(ii)(A)"],
    "05 (prose)",
  ],
  // Level 4 is an uppercase letter: the escaped "(c)" lost its case (see paragraphs.ts).
  ["[164.308(a)(1)(ii)&lpar;c&rpar;]", ["164.308(a)(1)(ii)(C)"], "05 (prose)"],
  ["[164.316(a-b)]", ["164.316(a)", "164.316(b)"], "05 (prose)"],
  ["HIPAA Security Rule 164.310", ["164.310"], "10 (prose)"],
  ["Section §164.308(a)(7)", ["164.308(a)(7)"], "13 (prose)"],
  ["45 C.F.R. § 164.410", ["164.410"], "23 (prose)"],
];

const HITRUST_LIST_ITEMS: readonly Row[] = [
  [
    "12.c - Developing and Implementing Continuity Plans Including Information Security",
    ["HITRUST 12.c"],
    "03, 13",
  ],
  ["03.a - Risk Management Program Development", ["HITRUST 03.a"], "04"],
  ["03.b - Performing Risk Assessments", ["HITRUST 03.b"], "04"],
  ["03.c - Risk Mitigation", ["HITRUST 03.c"], "04"],
  ["02.f - Disciplinary Process", ["HITRUST 02.f"], "05"],
  ["06.d - Data Protection and Privacy of Covered Information", ["HITRUST 06.d"], "05"],
  ["06.f - Prevention of Misuse of Information Assets", ["HITRUST 06.f"], "05"],
  ["06.g - Compliance with Security Policies and Standards", ["HITRUST 06.g"], "05"],
  ["01.v - Information Access Restriction", ["HITRUST 01.v"], "06, 07"],
  ["01.d - User Password Management", ["HITRUST 01.d"], "07"],
  ["01.f - Password Use", ["HITRUST 01.f"], "07"],
  ["01.r - Password Management System", ["HITRUST 01.r"], "07"],
  ["01.a - Access Control Policy", ["HITRUST 01.a"], "07"],
  ["01.b - User Registration", ["HITRUST 01.b"], "07"],
  ["01.h - Clear Desk and Clear Screen Policy", ["HITRUST 01.h"], "07"],
  ["01.j - User Authentication for External Connections", ["HITRUST 01.j"], "07"],
  ["01.q - User Identification and Authentication", ["HITRUST 01.q"], "07"],
  ["02.i - Removal of Access Rights", ["HITRUST 02.i"], "07"],
  ["06.e - Prevention of Misuse of Information Assets", ["HITRUST 06.e"], "07, 19"],
  ["0.a Information Security Management Program", ["HITRUST 00.a"], "08"],
  ["01.a Access Control Policy", ["HITRUST 01.a"], "08"],
  ["01.b User Registration", ["HITRUST 01.b"], "08"],
  ["01.c Privilege Management", ["HITRUST 01.c"], "08"],
  ["09.aa Audit Logging", ["HITRUST 09.aa"], "08"],
  ["09.ac Protection of Log Information", ["HITRUST 09.ac"], "08"],
  ["09.ab - Monitoring System Use", ["HITRUST 09.ab"], "08, 15"],
  ["06.e - Prevention of Misuse of Information", ["HITRUST 06.e"], "08, 15"],
  ["06 - Configuration Management", ["HITRUST 06"], "09 (a whole category)"],
  ["08.b - Physical Entry Controls", ["HITRUST 08.b"], "10"],
  ["08.d - Protecting Against External and Environmental Threats", ["HITRUST 08.d"], "10"],
  ["08.j - Equipment Maintenance", ["HITRUST 08.j"], "10"],
  ["08.l - Secure Disposal or Re-Use of Equipment", ["HITRUST 08.l"], "10"],
  ["09.p - Disposal of Media", ["HITRUST 09.p"], "10"],
  ["11.a - Reporting Information Security Events", ["HITRUST 11.a"], "11"],
  ["11.c - Responsibilities and Procedures", ["HITRUST 11.c"], "11"],
  ["11.a Reporting Information Security Events", ["HITRUST 11.a"], "12"],
  ["11.c Responsibilities and Procedures", ["HITRUST 11.c"], "12"],
  ["0.9o - Management of Removable Media", ["HITRUST 09.o"], "14 (dot one place early)"],
  ["10.h - Control of Operational Software", ["HITRUST 10.h"], "15"],
  ["10.m - Control of Technical Vulnerabilities", ["HITRUST 10.m"], "16"],
  ["10.b - Input Data Validation", ["HITRUST 10.b"], "17"],
  ["02.e - Information Security Awareness, Education, and Training", ["HITRUST 02.e"], "19"],
  ["07.c - Acceptable Use of Assets", ["HITRUST 07.c"], "19"],
  ["09.j - Controls Against Malicious Code", ["HITRUST 09.j"], "19"],
  ["01.y - Teleworking", ["HITRUST 01.y"], "19"],
  ["05.i - Identification of Risks Related to External Parties", ["HITRUST 05.i"], "21"],
  ["05.k - Addressing Security in Third Party Agreements", ["HITRUST 05.k"], "21"],
  ["09.e - Service Delivery", ["HITRUST 09.e"], "21"],
  ["09.f - Monitoring and Review of Third Party Services", ["HITRUST 09.f"], "21"],
  ["09.g - Managing Changes to Third Party Services", ["HITRUST 09.g"], "21"],
  ["10.1 - Outsourced Software Development", ["HITRUST 10.l"], "21 (digit 1 for the letter l)"],
];

// The bare citations inside those entries, as a caller holding only the citation column would pass them.
const BARE_SPELLINGS: readonly Row[] = [
  ["164.308(a)(4)(ii)(C)", ["164.308(a)(4)(ii)(C)"], "canonical"],
  ["164.308a4iiC", ["164.308(a)(4)(ii)(C)"], "07"],
  ["45 CFR §164.308(a)(1)(ii)(D)", ["164.308(a)(1)(ii)(D)"], "08"],
  ["164.312&lpar;c&rpar;(2)", ["164.312(c)(2)"], "08"],
  ["164.310('c')", ["164.310(c)"], "02, 24"],
  ["164.312('c')(1)", ["164.312(c)(1)"], "02, 24"],
  ["164.308(a)(1)(ii)(B) & (C)", ["164.308(a)(1)(ii)(B)", "164.308(a)(1)(ii)(C)"], "brief"],
  ["164.308(a)(5)(ii)(B) & &lpar;C&rpar;", ["164.308(a)(5)(ii)(B)", "164.308(a)(5)(ii)(C)"], "08"],
  ["164.310(b-c)", ["164.310(b)", "164.310(c)"], "10"],
  ["164.316(a-b)", ["164.316(a)", "164.316(b)"], "05"],
  ["13402(a) and (b)", ["HITECH 13402(a)", "HITECH 13402(b)"], "02, 24"],
  ["13402(a) and 13402(b)", ["HITECH 13402(a)", "HITECH 13402(b)"], "12"],
  ["13402(d)(1)", ["HITECH 13402(d)(1)"], "02, 12, 24"],
  ["0.a", ["HITRUST 00.a"], "08"],
  ["0.9o", ["HITRUST 09.o"], "14"],
  ["10.1", ["HITRUST 10.l"], "21"],
  ["06", ["HITRUST 06"], "09"],
];

describe.each([
  ["HIPAA inheritance and mapping tables", HIPAA_TABLE_CELLS],
  ["HITECH entries", HITECH_ENTRIES],
  ["HIPAA 'Applicable Standards' lists", HIPAA_LIST_ITEMS],
  ["HIPAA citations in prose", HIPAA_PROSE],
  ["HITRUST 'Applicable Standards' lists", HITRUST_LIST_ITEMS],
  ["bare citations", BARE_SPELLINGS],
])("spellings found in the policy documents: %s", (_group, rows) => {
  test.each(rows)("%j -> %j (seen in %s)", (written, canonical) => {
    expect(parseCitations(written).map((c) => c.canonical)).toEqual(canonical);
  });
});

describe("frameworks of document spellings", () => {
  test.each([
    ["164.310b Workstation Use", "HIPAA"],
    ["Content of Notification - 13402(f)(1)", "HITECH"],
    ["0.a Information Security Management Program", "HITRUST"],
    ["06 - Configuration Management", "HITRUST"],
  ] as const)("%j is %s", (written, framework) => {
    expect(parseCitations(written).map((c) => c.framework)).toEqual([framework]);
  });
});

// The LGA Model Councillor Code of Conduct 2020 as published, from seed 000_f7ebd6daefd74db0.txt (the Code,
// up to its "PROTOCOLS" heading), kept word for word: `nolan code show` prints it and `nolan code diff` compares
// local variants with it. Data, not code: never edited except to correct a transcription error.

extension LGAModelCode2020 {
    public static let text = #"""
Local Government Association

Model Councillor Code of Conduct 2020

Joint statement

The role of councillor across all tiers of local government is a vital part of our country's system of democracy. It is important that as councillors we can be held accountable and all adopt the behaviors and responsibilities associated with the role. Our conduct as an individual councillor affects the reputation of all councillors. We want the role of councillor to be one that people aspire to. We also want individuals from a range of backgrounds and circumstances to be putting themselves forward to become councillors.

As councillors, we represent local residents, work to develop better services and deliver local change. The public have high expectations of us and entrust us to represent our local area; taking decisions fairly, openly, and transparently. We have both an individual and collective responsibility to meet these expectations by maintaining high standards and demonstrating good conduct, and by challenging behaviour which falls below expectations.

Importantly, we should be able to undertake our role as a councillor without being intimidated, abused, bullied or threatened by anyone, including the general public.

This Code has been designed to protect our democratic role, encourage good conduct and safeguard the public's trust in local government.

Introduction

The Local Government Association (LGA) has developed this Model Councillor Code of Conduct, in association with key partners and after extensive consultation with the sector, as part of its work on supporting all tiers of local government to continue to aspire to high standards of leadership and performance. It is a template for councils to adopt in whole and/or with local amendments.

All councils are required to have a local Councillor Code of Conduct.

The LGA will undertake an annual review of this Code to ensure it continues to be fit-for-purpose, incorporating advances in technology, social media and changes in legislation. The LGA can also offer support, training and mediation to councils and councillors on the application of the Code and the National Association of Local Councils (NALC) and the county associations of local councils can offer advice and support to town and parish councils.

Definitions

For the purposes of this Code of Conduct, a “councillor” means a member or co-opted member of a local authority or a directly elected mayor. A “co-opted member” is defined in the Localism Act 2011 Section 27(4) as “a person who is not a member of the authority but who

- a) is a member of any committee or sub-committee of the authority, or;
- b) is a member of, and represents the authority on, any joint committee or joint sub-committee of the authority;

and who is entitled to vote on any question that falls to be decided at any meeting of that committee or sub-committee”.

For the purposes of this Code of Conduct, “local authority” includes county councils, district councils, London borough councils, parish councils, town councils, fire and rescue authorities, police authorities, joint authorities, economic prosperity boards, combined authorities and National Park authorities.

Purpose of the Code of Conduct

The purpose of this Code of Conduct is to assist you, as a councillor, in modelling the behaviour that is expected of you, to provide a personal check and balance, and to set out the type of conduct that could lead to action being taken against you. It is also to protect you, the public, fellow councillors, local authority officers and the reputation of local government. It sets out general principles of conduct expected of all councillors and your specific obligations in relation to standards of conduct. The LGA encourages the use of support, training and mediation prior to action being taken using the Code. The fundamental aim of the Code is to create and maintain public confidence in the role of councillor and local government.

General principles of councillor conduct

Everyone in public office at all levels; all who serve the public or deliver public services, including ministers, civil servants, councillors and local authority officers; should uphold the [Seven Principles of Public Life](#), also known as the Nolan Principles.

Building on these principles, the following general principles have been developed specifically for the role of councillor.

In accordance with the public trust placed in me, on all occasions:

- I act with integrity and honesty
- I act lawfully
- I treat all persons fairly and with respect; and
- I lead by example and act in a way that secures public confidence in the role of councillor.

In undertaking my role:

- I impartially exercise my responsibilities in the interests of the local community
- I do not improperly seek to confer an advantage, or disadvantage, on any person
- I avoid conflicts of interest
- I exercise reasonable care and diligence; and
- I ensure that public resources are used prudently in accordance with my local authority's requirements and in the public interest.

Application of the Code of Conduct

This Code of Conduct applies to you as soon as you sign your declaration of acceptance of the office of councillor or attend your first meeting as a co-opted member and continues to apply to you until you cease to be a councillor.

This Code of Conduct applies to you when you are acting in your capacity as a councillor which may include when:

- you misuse your position as a councillor
- Your actions would give the impression to a reasonable member of the public with knowledge of all the facts that you are acting as a councillor;

The Code applies to all forms of communication and interaction, including:

- at face-to-face meetings
- at online or telephone meetings
- in written communication
- in verbal communication
- in non-verbal communication
- in electronic and social media communication, posts, statements and comments.

You are also expected to uphold high standards of conduct and show leadership at all times when acting as a councillor.

Your Monitoring Officer has statutory responsibility for the implementation of the Code of Conduct, and you are encouraged to seek advice from your Monitoring Officer on any matters that may relate to the Code of Conduct. Town and parish councillors are encouraged to seek advice from their Clerk, who may refer matters to the Monitoring Officer.

Standards of councillor conduct

This section sets out your obligations, which are the minimum standards of conduct required of you as a councillor. Should your conduct fall short of these standards, a complaint may be made against you, which may result in action being taken.

Guidance is included to help explain the reasons for the obligations and how they should be followed.

General Conduct

1. Respect

As a councillor:

1.1 I treat other councillors and members of the public with respect.

1.2 I treat local authority employees, employees and representatives of partner organisations and those volunteering for the local authority with respect and respect the role they play.

Respect means politeness and courtesy in behaviour, speech, and in the written word. Debate and having different views are all part of a healthy democracy. As a councillor, you can express, challenge, criticise and disagree with views, ideas, opinions and policies in a robust but civil manner. You should not, however, subject individuals, groups of people or organisations to personal attack.

In your contact with the public, you should treat them politely and courteously. Rude and offensive behaviour lowers the public's expectations and confidence in councillors.

In return, you have a right to expect respectful behaviour from the public. If members of the public are being abusive, intimidatory or threatening you are entitled to stop any conversation or interaction in person or online and report them to the local authority, the relevant social media provider or the police. This also applies to fellow councillors, where action could then be taken under the Councillor Code of Conduct, and local authority employees, where concerns should be raised in line with the local authority's councillor-officer protocol.

2. Bullying, harassment and discrimination

As a councillor:

2.1 I do not bully any person.

2.2 I do not harass any person.

2.3 I promote equalities and do not discriminate unlawfully against any person.

The Advisory, Conciliation and Arbitration Service (ACAS) characterises bullying as offensive, intimidating, malicious or insulting behaviour, an abuse or misuse of power through means that undermine, humiliate, denigrate or injure the recipient. Bullying might be a regular pattern of behaviour or a one-off incident, happen face-to-face, on social media, in emails or phone calls, happen in the workplace or at work social events and may not always be obvious or noticed by others.

The Protection from Harassment Act 1997 defines harassment as conduct that causes alarm or distress or puts people in fear of violence and must involve such conduct on at least two occasions. It can include repeated attempts to impose unwanted communications and contact upon a person in a manner that could be expected to cause distress or fear in any reasonable person.

Unlawful discrimination is where someone is treated unfairly because of a protected characteristic. Protected characteristics are specific aspects of a person's identity defined by the Equality Act 2010. They are age, disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race, religion or belief, sex and sexual orientation.

The Equality Act 2010 places specific duties on local authorities. Councillors have a central role to play in ensuring that equality issues are integral to the local authority's performance and strategic aims, and that there is a strong vision and public commitment to equality across public services.

3. Impartiality of officers of the council

As a councillor:

3.1 I do not compromise, or attempt to compromise, the impartiality of anyone who works for, or on behalf of, the local authority.

Officers work for the local authority as a whole and must be politically neutral (unless they are political assistants). They should not be coerced or persuaded to act in a way that would undermine their neutrality. You can question officers in order to understand, for example, their reasons for proposing to act in a particular way, or the content of a report that they have written. However, you must not try and force them to act differently, change their advice, or alter the content of that report, if doing so would prejudice their professional integrity.

4. Confidentiality and access to information

As a councillor:

4.1 I do not disclose information:

- a. given to me in confidence by anyone**
- b. acquired by me which I believe, or ought reasonably to be aware, is of a confidential nature, unless**
 - i. I have received the consent of a person authorised to give it;**
 - ii. I am required by law to do so;**
 - iii. the disclosure is made to a third party for the purpose of obtaining professional legal advice provided that the third party agrees not to disclose the information to any other person; or**
 - iv. the disclosure is:**
 - 1. reasonable and in the public interest; and**
 - 2. made in good faith and in compliance with the reasonable requirements of the local authority; and**
 - 3. I have consulted the Monitoring Officer prior to its release.**

4.2 I do not improperly use knowledge gained solely as a result of my role as a councillor for the advancement of myself, my friends, my family members, my employer or my business interests.

4.3 I do not prevent anyone from getting information that they are entitled to by law.

Local authorities must work openly and transparently, and their proceedings and printed materials are open to the public, except in certain legally defined circumstances. You should work on this basis, but there will be times when it is required by law that discussions, documents and other information relating to or held by the local authority must be treated in a confidential manner. Examples include personal data relating to individuals or information relating to ongoing negotiations.

5. Disrepute

As a councillor:

5.1 I do not bring my role or local authority into disrepute.

As a Councillor, you are trusted to make decisions on behalf of your community and your actions and behaviour are subject to greater scrutiny than that of ordinary members of the public. You should be aware that your actions might have an adverse impact on you, other councillors and/or your local authority and may lower the public's confidence in you or your local authority's ability to discharge your/it's functions. For example, behaviour that is considered dishonest and/or deceitful can bring your local authority into disrepute.

You are able to hold the local authority and fellow councillors to account and are able to constructively challenge and express concern about decisions and processes undertaken by the council whilst continuing to adhere to other aspects of this Code of Conduct.

6. Use of position

As a councillor:

6.1 I do not use, or attempt to use, my position improperly to the advantage or disadvantage of myself or anyone else.

Your position as a member of the local authority provides you with certain opportunities, responsibilities, and privileges, and you make choices all the time that will impact others. However, you should not take advantage of these opportunities to further your own or others' private interests or to disadvantage anyone unfairly.

7. Use of local authority resources and facilities

As a councillor:

7.1 I do not misuse council resources.

7.2 I will, when using the resources of the local or authorising their use by others:

- a. act in accordance with the local authority's requirements; and**
- b. ensure that such resources are not used for political purposes unless that use could reasonably be regarded as likely to facilitate, or be conducive to, the discharge of the functions of the local authority or of the office to which I have been elected or appointed.**

You may be provided with resources and facilities by the local authority to assist you in carrying out your duties as a councillor.

Examples include:

- office support
- stationery
- equipment such as phones, and computers
- transport
- access and use of local authority buildings and rooms.

These are given to you to help you carry out your role as a councillor more effectively and are not to be used for business or personal gain. They should be used in accordance with the purpose for which they have been provided and the local authority's own policies regarding their use.

8. Complying with the Code of Conduct

As a Councillor:

8.1 I undertake Code of Conduct training provided by my local authority.

8.2 I cooperate with any Code of Conduct investigation and/or determination.

8.3 I do not intimidate or attempt to intimidate any person who is likely to be involved with the administration of any investigation or proceedings.

8.4 I comply with any sanction imposed on me following a finding that I have breached the Code of Conduct.

It is extremely important for you as a councillor to demonstrate high standards, for you to have your actions open to scrutiny and for you not to undermine public trust in the local authority or its governance. If you do not understand or are concerned about the local authority's processes in handling a complaint you should raise this with your Monitoring Officer.

Protecting your reputation and the reputation of the local authority

9. Interests

As a councillor:

9.1 I register and disclose my interests.

Section 29 of the Localism Act 2011 requires the Monitoring Officer to establish and maintain a register of interests of members of the authority .

You need to register your interests so that the public, local authority employees and fellow councillors know which of your interests might give rise to a conflict of interest. The register is a public document that can be consulted when (or before) an issue arises. The register also protects you by allowing you to demonstrate openness and a willingness to be held accountable. You are personally responsible for deciding whether or not you should disclose an interest in a meeting, but it can be helpful for you to know early on if others think that a potential conflict might arise. It is also important that the public know about any interest that might have to be disclosed by you or other councillors when making or taking part in decisions, so that decision making is seen by the public as open and honest. This helps to ensure that public confidence in the integrity of local governance is maintained.

You should note that failure to register or disclose a disclosable pecuniary interest as set out in **Table 1**, is a criminal offence under the Localism Act 2011.

Appendix B sets out the detailed provisions on registering and disclosing interests. If in doubt, you should always seek advice from your Monitoring Officer.

10. Gifts and hospitality

As a councillor:

- 10.1 I do not accept gifts or hospitality, irrespective of estimated value, which could give rise to real or substantive personal gain or a reasonable suspicion of influence on my part to show favour from persons seeking to acquire, develop or do business with the local authority or from persons who may apply to the local authority for any permission, licence or other significant advantage.**

- 10.2 I register with the Monitoring Officer any gift or hospitality with an estimated value of at least £50 within 28 days of its receipt.**

- 10.3 I register with the Monitoring Officer any significant gift or hospitality that I have been offered but have refused to accept.**

In order to protect your position and the reputation of the local authority, you should exercise caution in accepting any gifts or hospitality which are (or which you reasonably believe to be) offered to you because you are a councillor. The presumption should always be not to accept significant gifts or hospitality. However, there may be times when such a refusal may be difficult if it is seen as rudeness in which case you could accept it but must ensure it is publicly registered. However, you do not need to register gifts and hospitality which are not related to your role as a councillor, such as Christmas gifts from your friends and family. It is also important to note that it is appropriate to accept normal expenses and hospitality associated with your duties as a councillor. If you are unsure, do contact your Monitoring Officer for guidance.

Appendices

Appendix A – The Seven Principles of Public Life

The principles are:

Selflessness

Holders of public office should act solely in terms of the public interest.

Integrity

Holders of public office must avoid placing themselves under any obligation to people or organisations that might try inappropriately to influence them in their work. They should not act or take decisions in order to gain financial or other material benefits for themselves, their family, or their friends. They must disclose and resolve any interests and relationships.

Objectivity

Holders of public office must act and take decisions impartially, fairly and on merit, using the best evidence and without discrimination or bias.

Accountability

Holders of public office are accountable to the public for their decisions and actions and must submit themselves to the scrutiny necessary to ensure this.

Openness

Holders of public office should act and take decisions in an open and transparent manner. Information should not be withheld from the public unless there are clear and lawful reasons for so doing.

Honesty

Holders of public office should be truthful.

Leadership

Holders of public office should exhibit these principles in their own behaviour. They should actively promote and robustly support the principles and be willing to challenge poor behaviour wherever it occurs.

Appendix B Registering interests

Within 28 days of becoming a member or your re-election or re-appointment to office you must register with the Monitoring Officer the interests which fall within the categories set out in **Table 1 (Disclosable Pecuniary Interests)** which are as described in "The Relevant Authorities (Disclosable Pecuniary Interests) Regulations 2012". You should also register details of your other personal interests which fall within the categories set out in **Table 2 (Other Registerable Interests)**.

"Disclosable Pecuniary Interest" means an interest of yourself, or of your partner if you are aware of your partner's interest, within the descriptions set out in Table 1 below.

"Partner" means a spouse or civil partner, or a person with whom you are living as husband or wife, or a person with whom you are living as if you are civil partners.

1. You must ensure that your register of interests is kept up-to-date and within 28 days of becoming aware of any new interest, or of any change to a registered interest, notify the Monitoring Officer.
2. A 'sensitive interest' is as an interest which, if disclosed, could lead to the councillor, or a person connected with the councillor, being subject to violence or intimidation.
3. Where you have a 'sensitive interest' you must notify the Monitoring Officer with the reasons why you believe it is a sensitive interest. If the Monitoring Officer agrees they will withhold the interest from the public register.

Non participation in case of disclosable pecuniary interest

4. Where a matter arises at a meeting which directly relates to one of your Disclosable Pecuniary Interests as set out in **Table 1**, you must disclose the interest, not participate in any discussion or vote on the matter and must not remain in the room unless you have been granted a dispensation. If it is a 'sensitive interest', you do not have to disclose the nature of the interest, just that you have an interest. Dispensation may be granted in limited circumstances, to enable you to participate and vote on a matter in which you have a disclosable pecuniary interest.
5. Where you have a disclosable pecuniary interest on a matter to be considered or is being considered by you as a Cabinet member in exercise of your executive function, you must notify the Monitoring Officer of the interest and must not take any steps or further steps in the matter apart from arranging for someone else to deal with it

Disclosure of Other Registerable Interests

6. Where a matter arises at a meeting which **directly relates** to one of your Other Registerable Interests (as set out in **Table 2**), you must disclose the interest. You may speak on the matter only if members of the public are also allowed to speak at the meeting but otherwise must not take part in any discussion or vote on the matter and must not remain in the room unless you have been granted a dispensation. If it is a 'sensitive interest', you do not have to disclose the nature of the interest.

Disclosure of Non-Registerable Interests

7. Where a matter arises at a meeting which **directly relates** to your financial interest or well-being (and is not a Disclosable Pecuniary Interest set out in Table 1) or a financial interest or well-being of a relative or close associate, you must disclose the interest. You may speak on the matter only if members of the public are also allowed to speak at the meeting. Otherwise you must not take part in any discussion or vote on the matter and must not remain in the room unless you have been granted a dispensation. If it is a 'sensitive interest', you do not have to disclose the nature of the interest.
8. Where a matter arises at a meeting which **affects** –
 - a. your own financial interest or well-being;
 - b. a financial interest or well-being of a relative, close associate; or
 - c. a body included in those you need to disclose under Other Registrable Interests as set out in **Table 2**

you must disclose the interest. In order to determine whether you can remain in the meeting after disclosing your interest the following test should be applied

9. Where a matter **affects** your financial interest or well-being:
 - a. to a greater extent than it affects the financial interests of the majority of inhabitants of the ward affected by the decision and;
 - b. a reasonable member of the public knowing all the facts would believe that it would affect your view of the wider public interest

You may speak on the matter only if members of the public are also allowed to speak at the meeting. Otherwise you must not take part in any discussion or vote on the matter and must not remain in the room unless you have been granted a dispensation.

If it is a 'sensitive interest', you do not have to disclose the nature of the interest.

10. Where you have a personal interest in any business of your authority and you have made an executive decision in relation to that business, you must make sure that any written statement of that decision records the existence and nature of your interest.

Table 1: Disclosable Pecuniary Interests

This table sets out the explanation of Disclosable Pecuniary Interests as set out in the [Relevant Authorities \(Disclosable Pecuniary Interests\) Regulations 2012](#).

Subject	Description
Employment, office, trade, profession or vocation	Any employment, office, trade, profession or vocation carried on for profit or gain. [Any unpaid directorship.]
Sponsorship	Any payment or provision of any other financial benefit (other than from the council) made to the councillor during the previous 12-month period for expenses incurred by him/her in carrying out his/her duties as a councillor, or towards his/her election expenses. This includes any payment or financial benefit from a trade union within the meaning of the Trade Union and Labour Relations (Consolidation) Act 1992.
Contracts	Any contract made between the councillor or his/her spouse or civil partner or the person with whom the

	<p>councillor is living as if they were spouses/civil partners (or a firm in which such person is a partner, or an incorporated body of which such person is a director* or a body that such person has a beneficial interest in the securities of*) and the council —</p> <p>(a) under which goods or services are to be provided or works are to be executed; and</p> <p>(b) which has not been fully discharged.</p>
Land and Property	<p>Any beneficial interest in land which is within the area of the council.</p> <p>'Land' excludes an easement, servitude, interest or right in or over land which does not give the councillor or his/her spouse or civil partner or the person with whom the councillor is living as if they were spouses/civil partners (alone or jointly with another) a right to occupy or to receive income.</p>
Licenses	<p>Any licence (alone or jointly with others) to occupy land in the area of the council for a month or longer</p>
Corporate tenancies	<p>Any tenancy where (to the councillor's knowledge)—</p> <p>(a) the landlord is the council; and</p> <p>(b) the tenant is a body that the councillor, or his/her spouse or civil partner or the person with whom the councillor is living as if they were spouses/civil partners is a partner of or a director* of or has a beneficial interest in the securities* of.</p>
Securities	<p>Any beneficial interest in securities* of a body where—</p> <p>(a) that body (to the councillor's knowledge) has a place of business or land in the area of the council; and</p> <p>(b) either—</p> <p>(i) the total nominal value of the securities* exceeds £25,000 or one hundredth of the total issued share capital of that body; or</p> <p>(ii) if the share capital of that body is of more than one class, the total nominal value of the shares of any one class in which the councillor, or his/her spouse or civil partner or the person with whom the councillor is living as if they were</p>

	spouses/civil partners has a beneficial interest exceeds one hundredth of the total issued share capital of that class.
--	---

* 'director' includes a member of the committee of management of an industrial and provident society.

* 'securities' means shares, debentures, debenture stock, loan stock, bonds, units of a collective investment scheme within the meaning of the Financial Services and Markets Act 2000 and other securities of any description, other than money deposited with a building society.

Table 2: Other Registrable Interests

You have a personal interest in any business of your authority where it relates to or is likely to affect:

- a) any body of which you are in general control or management and to which you are nominated or appointed by your authority
- b) any body
 - (i) exercising functions of a public nature
 - (ii) any body directed to charitable purposes or
 - (iii) one of whose principal purposes includes the influence of public opinion or policy (including any political party or trade union)

Appendix C – the Committee on Standards in Public Life

The LGA has undertaken this review whilst the Government continues to consider the recommendations made by the Committee on Standards in Public Life in their report on [Local Government Ethical Standards](#). If the Government chooses to implement any of the recommendations, this could require a change to this Code.

The recommendations cover:

- Recommendations for changes to the Localism Act 2011 to clarify in law when the Code of Conduct applies
- The introduction of sanctions
- An appeals process through the Local Government Ombudsman
- Changes to the Relevant Authorities (Disclosable Pecuniary Interests) Regulations 2012
- Updates to the Local Government Transparency Code
- Changes to the role and responsibilities of the Independent Person
- That the criminal offences in the Localism Act 2011 relating to Disclosable Pecuniary Interests should be abolished

The Local Government Ethical Standards report also includes Best Practice recommendations. These are:

Best practice 1: Local authorities should include prohibitions on bullying and harassment in codes of conduct. These should include a definition of bullying and harassment, supplemented with a list of examples of the sort of behaviour covered by such a definition.

Best practice 2: Councils should include provisions in their code of conduct requiring councillors to comply with any formal standards investigation and prohibiting trivial or malicious allegations by councillors.

Best practice 3: Principal authorities should review their code of conduct each year and regularly seek, where possible, the views of the public, community organisations and neighbouring authorities.

Best practice 4: An authority's code should be readily accessible to both councillors and the public, in a prominent position on a council's website and available in council premises.

Best practice 5: Local authorities should update their gifts and hospitality register at least once per quarter, and publish it in an accessible format, such as CSV.

Best practice 6: Councils should publish a clear and straightforward public interest test against which allegations are filtered.

Best practice 7: Local authorities should have access to at least two Independent Persons.

Best practice 8: An Independent Person should be consulted as to whether to undertake a formal investigation on an allegation, and should be given the option to

review and comment on allegations which the responsible officer is minded to dismiss as being without merit, vexatious, or trivial.

Best practice 9: Where a local authority makes a decision on an allegation of misconduct following a formal investigation, a decision notice should be published as soon as possible on its website, including a brief statement of facts, the provisions of the code engaged by the allegations, the view of the Independent Person, the reasoning of the decision-maker, and any sanction applied.

Best practice 10: A local authority should have straightforward and accessible guidance on its website on how to make a complaint under the code of conduct, the process for handling complaints, and estimated timescales for investigations and outcomes.

Best practice 11: Formal standards complaints about the conduct of a parish councillor towards a clerk should be made by the chair or by the parish council, rather than the clerk in all but exceptional circumstances.

Best practice 12: Monitoring Officers' roles should include providing advice, support and management of investigations and adjudications on alleged breaches to parish councils within the remit of the principal authority. They should be provided with adequate training, corporate support and resources to undertake this work.

Best practice 13: A local authority should have procedures in place to address any conflicts of interest when undertaking a standards investigation. Possible steps should include asking the Monitoring Officer from a different authority to undertake the investigation.

Best practice 14: Councils should report on separate bodies they have set up or which they own as part of their annual governance statement and give a full picture of their relationship with those bodies. Separate bodies created by local authorities should abide by the Nolan principle of openness and publish their board agendas and minutes and annual reports in an accessible place.

Best practice 15: Senior officers should meet regularly with political group leaders or group whips to discuss standards issues.

The LGA has committed to reviewing the Code on an annual basis to ensure it is still fit for purpose.
"""#
}

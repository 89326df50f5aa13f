// The borough's "Rules Relating to Access to Information" and "Protocol on the Council – Relationships between
// Officers and Members" (paragraphs 1-149; the source numbers nothing between 134 and 141), from seed
// 000_f7ebd6daefd74db0.txt after the Code, word for word. Data, not code.

extension BoroughMayoralProtocol {
    public static let text = #"""
PROTOCOLS

Alongside the Code of Conduct are a number of Protocols which will be the responsibility of the Standards Committee to monitor, but will not form part of the formal Code of Conduct.

1. Rules relating to Access to Information
2. Relations between Members and Officers

1. **Rules Relating to Access to Information**

The Council's Constitution contains the Council's Access to Information Procedure Rules which sets out the entitlements of Members to information.

In addition Members have statutory rights under the Local Government Act 1972 to see documents relating to reports going to the Executive or Committees.

Also Members have a right to inspect any documents if they have "a need to know", i.e. if it is reasonably necessary to fulfil their duties as a Councillor. A Member will normally have a "need to know" if they are a member of the Executive or if they are a member of the Audit Committee, Development Management Committee, Licensing Committee, Functions Committee or Neighbourhood Forum and the document relates to a matter within the responsibility of that Committee. Similarly a particular involvement as either a Ward Member or as part of a scrutiny process will often amount to the "need to know". Otherwise in the case of documents which are confidential, e.g. because they deal with personal circumstances or commercially sensitive information, the Councillor will have to justify why they wish to see a particular document.

If documents are not confidential they will be made available to Councillors on request unless there is a doubt about the reason for the request, e.g. if they are being sought to assist an individual to contest action by the Council.

The ultimate decision on whether there is a good reason for access to the information is for the Executive in relation to the exercise of an Executive

function, or the Council or Committee in relation to the exercise of a non-Executive function to decide, but any dispute about whether a Member has a “need to know” in respect of a particular document will be referred initially to the appropriate Executive/Group Head of Service. If the dispute cannot be resolved by the Executive/Group Head of Service, it will be referred to the Managing Director for decision. The Group Head of Democracy and Governance will advise at all stages. These rules apply to documents in the possession of the Council, and not for example documents in the possession of a particular political group.

Finally, any information provided to a Member must only be used by the Member for the purpose for which it was provided, i.e. in connection with the proper performance of the Member’s duties as a Member of the Council.

2. **Protocol on the Council – Relationships between Officers and Members**

“Every Local Authority should have its own written statement or protocol governing relations between Members and Officers” (*Third report of the Committee on Standards in Public Life – the Nolan Committee*)

Definitions

1. Unless the context indicates otherwise, references to the term “Council” include the Executive, Overview and Scrutiny Committees and other Committees and Sub-Committees.
2. For the purposes of this Protocol, the term “Executive” refers to the Mayor and Cabinet.
3. Unless the context indicates otherwise, the terms “Member” and “Members” include non-elected (i.e. co-opted) Members as well as elected Councillors.
4. “Officers” mean all persons employed by the Council – either directly or through an Agency or engaged as a Consultant.
5. “Chief Officer” has the meaning set out in Article 12.01(b) of the Constitution.

6. "S151 Officer" means the Officer exercising the duties prescribed by law for the financial administration of the Council.

Principles

7. Members and Officers must at all times observe this Protocol.
8. The Protocol has been approved by the Council's Standards Committee who will monitor its operation.
9. The Protocol seeks to maintain and enhance the integrity (real and perceived) of local government which demands the highest standards of personal conduct.
10. Members and Officers must always respect the roles and duties of each other. They must show respect in all their dealings by observing reasonable standards of courtesy, and by not seeking to take unfair advantage by virtue of their position.
11. Whilst Members and Officers are indispensable to one another, their responsibilities are distinct. Members are accountable to the electorate and serve only as long as their term of office lasts. Officers are accountable to the Council as a whole. Their job is to give advice to Members (individually and collectively) and to carry out the Council's work under the direction of the Council.
12. The Council has adopted Codes of Conduct for both Members and Officers. Both represent best practice. The Members' Code is based on the general principles governing members' conduct enshrined in law, viz:
 - *Selflessness* – serving only the public interest
 - *Honesty and integrity* – not allowing these to be questioned; not behaving improperly
 - *Objectivity* – taking decisions on merit
 - *Accountability* – to the public; being open to scrutiny
 - *Openness* – giving reasons for decisions
 - *Personal judgement* – reaching one's own conclusions and acting accordingly

- *Respect for others* – promoting equality; avoiding discrimination; respecting others (Member/Member, as well as Member/Officer)
 - *Duty to uphold the law* – not acting unlawfully
 - *Stewardship* – ensuring the prudent use of a council's resources
 - *Leadership* – acting in a way which has public confidence
13. These principles underpin this Protocol.
14. Officers are bound by the Council's own Code of Conduct for staff and, in some cases, by the Codes of their Professional Associations.
15. Breaches of this protocol by a member may result in a complaint to the Council's Standards Committee if it appears the members' Code has also been breached. Breaches by an Officer may lead to disciplinary action.

The Role of Members

16. Members have a number of roles and need to be alert to the potential for conflicts of interest which may arise between the roles. Where such conflicts are likely, Members may wish to seek the advice of senior colleagues, the relevant Chief Officer(s) and/or the Monitoring Officer.
17. Collectively, Members are the ultimate policy-makers determining the core values of the Council and approving the Authority's policy framework, strategic plans and budget.
18. Members represent the community, act as community leaders and promote the social, economic and environmental well-being of the community often in partnership with other agencies.
19. Every elected Member represents the interests of, and is an advocate for, his/her Ward and individual constituents. He/she represents the Council in the Ward, responds to the concerns of constituents, meets with partner agencies, and often serves on local bodies.

20. Some Members have roles relating to their position as members of the Executive, Overview and Scrutiny Committees or other Committees and Sub-Committees of the Council.
21. Members of the Executive can have individual delegated powers. They may determine matters within their portfolios but implementation of their decisions is the responsibility of Officers.
22. Members serving on Overview and Scrutiny Committees monitor the effectiveness of the Council's policies and services, develop policy proposals and examine community issues. They also monitor local health service provision.
23. Members who serve on other Committees and Sub-Committees collectively have delegated responsibilities, e.g. deciding quasi-judicial matters which by law are excluded from the remit of the Executive.
24. Some members may be appointed to represent the Council on local, regional or national bodies.
25. As politicians, Members may express the values and aspirations of the party political groups to which they belong, recognising that in their role as Members they have a duty always to act in the public interest.
26. Members are not authorised to instruct Officers other than:
 - Through the formal decision-making process
 - To request the provision of consumable resources provided by the Council for Members' use
 - Where staff have been specifically allocated to give support to a Member or group of Members; and
 - In the case of the Mayor's Political Assistant
27. Members are not authorised to initiate or certify financial transactions, or to enter into a contract on behalf of the Council.
28. Members must avoid taking actions which are unlawful, financially improper or likely to amount to maladministration.

29. Members must respect the impartiality of Officers and do nothing to compromise it e.g. by insisting that an Officer change his/her professional advice.
30. Members have a duty under their Code of Conduct:
 - Not to do anything which may cause the Council to break any equality laws, and
 - To treat others with respect
31. Under the Code, a Member must not when acting as a Member:
 - Bring the Council or his/her position as a Member into disrepute, or
 - Use his/her position as a Member improperly to gain an advantage or disadvantage for his/herself or any other person

The Role of Officers

32. Officers are responsible for giving advice and information to Members to enable them to fulfil their roles. In seeking advice and information Members should have regard to the workload of officers and the Council's management structure. Members should usually address requests for advice and information to the Chief Officer of the respective department. In providing advice and information Officers will take into account all available relevant factors. Officers will be entitled to refuse to provide information where the information has been provided to the Member on a previous occasion and circumstances have not changed, or if the collating of the information would, in the view of the Chief Officer, unduly tie up officer resources to the detriment of the effective operation of the service. In this situation the Member will be so informed by the Chief Officer and will be entitled to make the request to the Managing Director who will be the final arbiter.
33. Under the direction and control of the Council (including, as appropriate, the Executive, Committees and Sub-Committees), Officers manage and provide the Council's services within the framework of responsibilities delegated to them. This includes the effective management of employees and operational issues.

34. Officers have a duty to implement decisions of the Council, the Executive, Committees and Sub-Committees which are lawful, and which have been properly approved in accordance with the requirements of the law and the Council's Constitution and duly minuted.
35. Officers have a contractual and legal duty to be impartial. They must not allow their professional judgement and advice to be influenced either by their own personal views or by undue pressure from any Member or Group. Whilst officers implement the lawful policies of the ruling administration they must, when exercising their professional judgement, act in the best interests of the Council.
36. Officers must assist and advise all parts of the Council. They must always act to the best of their abilities in the best interests of the authority as expressed in the Council's formal decisions.
37. Officers must be alert to issues which are, or are likely to be, contentious or politically sensitive, and be aware of the implications for Members, the media or other sections of the public.
38. Officers have the right not to support Members in any role other than that of Member and not to engage in actions incompatible with this Protocol. In particular, to comply with the provisions relating to politically restricted posts if they occupy such a post.

The Relationship between Members and Officers: General

39. The conduct of Members and Officers should be such as to instil mutual confidence and trust.
40. The key elements are a recognition of and a respect for each other's roles and responsibilities. These should be reflected in the behaviour and attitude of each to the other, both publicly and privately.
41. Informal and collaborative two-way contact between Members and Officers is encouraged. But personal familiarity can damage the relationship, as might a family or business connection.

42. Members and Officers should inform the Monitoring Officer of any relationship which might be seen as unduly influencing their work in their respective roles.
43. It is not enough to avoid actual impropriety. Members and Officers should always be open about their relationships to avoid any reason for suspicion and any appearance of improper conduct. Where a personal relationship has been disclosed, those concerned should avoid a situation where conflict could be perceived. Specifically a Member should not sit on a body or participate in any decision which directly affects the Officer on a personal basis.
44. Officers serve the Council as a whole. They have a duty to implement the properly authorised decisions of the Council.
45. With the exception of the Mayor's Political Assistant, Officers work to the instructions of their senior officers, not individual Members. It follows that, whilst such Officers will always seek to assist a Member, they must not be asked to exceed the bounds of authority they have been given by their managers. Except when the purpose of an enquiry is purely to seek factual information, members should normally direct their requests and concerns to the Executive/Group Head of Service, at least in the first instance.
46. Officers will do their best to give timely responses to Members' enquiries. However, Officers should not have unreasonable requests placed on them. Their work priorities are set and managed by senior managers. Members should avoid disrupting Officers' work by imposing their own priorities.
47. Members will endeavour to give timely responses to enquiries from Officers.
48. An Officer shall not discuss with a Member personal matters concerning him/herself or another individual employee. This does not prevent an Officer raising on a personal basis, and in his/her own time, a matter with his/her Ward Member.
49. Members and Officers should respect each other's free (i.e. non-Council) time.

The Council as an Employer

50. Officers are employed by the Council as a whole.
51. Members' roles are limited to:
 - The appointment of specified senior posts
 - Determining Human Resources Policies and Conditions of Employment
 - Hearing and determining Appeals
52. Members shall not act outside these roles.
53. If participating in the appointment of Officers, Members should:
 - Remember that the sole criterion is merit (other than in the case of Political Assistants, where political consideration may apply)
 - Never canvass support for a particular candidate
 - Not take part where one of the candidates is a close friend or relative
 - Not be influenced by personal preferences, and
 - Not favour a candidate by giving him/her information not available to the other candidates
54. A Member should not sit on an Appeal Hearing if the appellant is a friend, a relative or an Officer with whom the Member has had a close working relationship.

Chairman and Officers

55. Officers will respect the position of Chairman and provide appropriate support.

Executive Members and Officers

56. Executive Members will take decisions in accordance with the Constitution and will not otherwise direct staff. Chief Officers will be responsible for instructing staff to implement the Executive's decisions.

57. In addition to individual members of the Executive, Chief Officers (including the Monitoring Officer and the S151 Officer) have the right to submit papers to the Executive as a whole or to individual Executive members for consideration.
58. Chief Officers and Executive members shall agree mutually convenient methods of regular contact. Before taking any formal decisions, the Executive will seek appropriate professional advice including, without exception, the Monitoring Officer and S151 Officer, and will not direct Officers in the framing of recommendations.
59. Before any formal decisions with a financial implication are taken by the Executive, the S151 officer and the Chief Officer(s) for the service(s) concerned must be consulted. This is to ensure that those Officers who are budget holders:
 - Are aware of the proposed decision
 - Have the opportunity to offer advice, and
 - Are subsequently able properly to authorise the financial transactions needed to implement decisions.
60. An individual Executive member who is minded to write or commission a report or to make a decision about a matter within his/her portfolio must ensure that those other Members and Officers who need to know of the matter are so informed. There is a particular requirement to involve other Executive members on cross-cutting issues.
61. Executive members when making decisions (whether collectively or individually) must state the reasons for those decisions. The written record of the decisions must include the reasons.
62. Officers taking decisions under their delegated powers must consider the advisability of informing the relevant Executive member(s) of their intentions in advance when the matter to which the decisions relates is likely to be sensitive or contentious, or has wider policy implications.

Overview and Scrutiny Members and Officers

63. Chairmen and other leading Overview and Scrutiny members shall maintain regular contact with the Officer(s) providing the principal support

- to the Overview and Scrutiny function. In consultation with Chairmen, it shall be the responsibility of the latter to ensure that those who need to know of matters being considered or for possible future consideration are so informed.
64. An Overview and Scrutiny Committee or its Chairman acting on its behalf may require Officers to attend Overview and Scrutiny meetings. Members should not normally expect junior officers to give evidence. All requests should be made to Chief Officers in the first instance.
 65. When making requests for Officer attendance, Overview and Scrutiny members shall have regard to the workload of Officers.
 66. It is recognised that Officers required to appear before an Overview and Scrutiny Committee may often be those who have advised the Executive or another part of the Council on the matter under investigation. In these circumstances, an Officer may have a conflict of interest. Both Members and Officers need to consider the severity of the conflict. If deemed appropriate, research and advice may be sought elsewhere – from the Democratic Services Team or externally.
 67. Subject to 66 above, officers should be prepared to justify advice given to the Council, the Executive or other Committees and Sub-Committees even when the advice was not accepted.
 68. Officers must also be prepared to justify decisions they have taken under delegated powers.
 69. In giving evidence, Officers must not be asked to give political views.
 70. Officers should respect members in the way they respond to members' questions.
 71. Members should not question Officers in a way which could be interpreted as harassment. Neither should they ask about matters of a disciplinary nature.
 72. Overview and Scrutiny proceedings must not be used to question the capability or competence of Officers. Chairmen and Members need to make a distinction between reviewing the policies and performance of the

Council and its services and appraising the personal performance of staff. The latter is not an Overview and Scrutiny function.

73. In exercising the right to call-in a decision of the Executive, Overview and Scrutiny members must seek Officer advice if they consider the decision is contrary to the Council's approved plans, policies or frameworks, or is unlawful.

Members of Other Committees or Sub-Committees and Officers

74. The appropriate Officers will offer to arrange regular informal meetings with Chairmen, Vice-Chairmen and spokesmen of Committees and Sub-Committees.
75. Chief Officers (including the Monitoring Officer and the S151 Officer) have the right to present reports and give advice to Committees and Sub-Committees.
76. Members of a Committee or Sub-Committee shall take decisions within the remit of that Committee or Sub-Committee and will not otherwise instruct Officers to act.
77. At some Committee or Sub-Committee meetings, a resolution may be passed which authorises a named Officer to take action between meetings in consultation with the Chairman. In these circumstances it is the officer, not the Chairman, who takes the action and is responsible for it. A Chairman has no legal power to take decisions on behalf of a Committee or Sub-Committee, neither should he/she apply inappropriate pressure on the Officer.

Party Groups and Officers (excluding Political Assistants)

78. Chief Officers may properly be asked to contribute to deliberations of matters concerning Council business by party groups.
79. Officers have the right to refuse such requests, and will normally not attend a meeting of a party group where some of those attending are not Members of the Council.

80. Officer support will not extend beyond providing factual information or professional advice in relation to matters of Council business. Officers must not be involved in advising on matters of party business, and therefore should not be expected to be present at meetings or parts of meetings when such matters are to be discussed.
81. Party group meetings are not empowered to make decisions on behalf of the Council and conclusions reached at such meetings do not rank as formal decisions. The presence of an Officer confers no formal status on such meetings in terms of Council business and must not be interpreted as doing so.
82. Where officers provide factual information and advice to a party group in relation to a matter of Council business, this is not a substitute for providing all the necessary information and advice when the matter in question is formally considered by the relevant part of the Council.
83. It must not be assumed that an officer is supportive of a particular policy or view considered at a party group meeting simply because he/she has attended or provided information to the meeting.
84. Officers will respect the confidentiality of any party group discussions at which they are present and, unless requested to do so by that party group, will not relay the content of such discussions to another party group or to any other members. This shall not prevent an Officer providing feedback to other senior officers on a need-to-know basis.
85. In their dealings with party groups, Officers must treat each group in a fair and even-handed manner.
86. Members must not do anything which compromises or is likely to compromise Officers' impartiality.
87. The duration of an Officer's attendance at a party group meeting will be at the discretion of the group, but an officer may leave at any time if he/she feels it is no longer appropriate to be there.
88. An Officer accepting an invitation to the meeting of one party group shall not decline an invitation to advise another group about the same matter. He/she must give substantially the same advice to each.

89. An Officer who is not a Chief Officer shall not be invited to attend a party group meeting, but a senior officer may nominate another Officer to attend on his/her behalf.
90. An Officer should be given the opportunity of verifying comments and advice attributed to him/her in any written record of a party group meeting.
91. No Member will refer in public or at meetings of the Council to advice or information given by Officers to a party group meeting.
92. At party group meetings where some of those present are not members of the Council, care must be taken not to divulge confidential information relating to Council business. Persons who are not Members are not bound by the Members' Code of Conduct. They do not have the same rights to Council information as Members.
93. Any particular cases of difficulty or uncertainty in relation to this part of the Protocol should be raised with the Managing Director and the relevant party group leader.

Mayor's Political Assistant

94. This Officer has been appointed by the Council exclusively to provide support to the Mayor. This function is to assist the interests and work of the Mayor. This is in contrast to all other staff whose duty is to serve the Council as a whole.
95. The Mayor's Political Assistant will be treated in accordance with and expected to observe all Codes, Policies and Practices relating to the Council's staff. This includes the courtesy and consideration which the Council expects its Officers to show to one another.
96. The Mayor's Political Assistant will have no line management responsibility or power of direction over other staff.
97. The Mayor's Political Assistant is not authorised to comment publicly on behalf of the Council as a whole, or to commit the Council to any particular course of action, but can comment on behalf of the Mayor.

98. The level of access to Council documents and information shall be that enjoyed by Members.

Local Members and Officers

99. To enable them to carry out their Ward role effectively, Members need to be fully informed about matters affecting their Ward. Chief Officers must ensure that all relevant staff are aware of the requirement to keep Ward Members informed, thus allowing Members to contribute to the decision-making process and develop their respective role.

100. This requirement is particularly important:

- During the formative stages of Policy development, where practicable
- In relation to significant or sensitive operational matters
- Whenever any form of public consultation exercise is undertaken, and
- During an overview and scrutiny investigation

101. Issues may affect a single Ward. Where they have a wider impact, a number of local Members will need to be kept informed.

102. Whenever a public meeting is organised by the Council to consider a local issue, all the Members representing the Wards affected should be invited to attend the meeting as a matter of course.

103. If a local Member intends to arrange a public meeting on a matter concerning some aspect of the Council's work, he/she should inform the relevant Officer. Provided the meeting has not been arranged on a party political basis:

- An Officer may attend, but is not obliged to do so, and
- The meeting may be held in Council owned premises

104. No such meetings should be arranged or held in the immediate run-up to Council elections.

105. Whilst support for Members' Ward work is legitimate, care should be taken if staff are asked to accompany Members to Ward surgeries. In such circumstances:
- The surgeries must be open to the general public, and
 - Officers should not be requested to accompany Members to surgeries held in the offices or premises of political parties
106. Officers must never be asked to attend Ward or Constituency political party meetings.
107. It is acknowledged that some Council staff (e.g. those providing dedicated support to Executive members) may receive and handle messages for Members on topics unrelated to the Council. Whilst these will often concern diary management, care should be taken to avoid Council resources being used for private or party political purposes.
108. In seeking to deal with constituents' queries or concerns, Members should not seek to jump the queue but should respect the Council's procedures. Officers have many pressures on their time. They may not be able to carry out the work required by Members in the requested timescale, and may need to seek instructions from their managers.

Members' Access to Documents and Information

109. This part of the protocol should be read in conjunction with the Access to Information Rules in the Council's Constitution.
110. Members may request Officers to provide them with such information, explanation and advice as they may reasonably need to assist them to discharge their roles as members. This may range from general information about some aspect of the Council's services to specific information on behalf of a constituent. Where information is requested on behalf of a third party, it will only be provided if:
- It is in the public domain, and
 - It is not barred by the Data Protection Act from being given
111. Every member of the Executive, an Overview and Scrutiny Committee, and/or any other Committee or Sub-Committee has a right to inspect

documents about the business of that Overview and Scrutiny Committee, other Committee or Sub-Committee or the Executive.

112. A Member who is not a member of a specific Overview and Scrutiny Committee, other Committee or Sub-Committee, or the Executive may have access to any document of that specific part of the Council provided:
 - He/she can demonstrate a reasonable need to see the documents in order to carry out his/her roles as a Member (the “need to know” principle), and
 - The documents do not contain “confidential” or “exempt” information as defined by the law.
113. Disputes as to the validity of a Member’s request to see a document on a need to know basis will be determined by the Monitoring Officer. Officers should seek his/her advice if in any doubt about the reasonableness of a Member’s request.
114. A Member should obtain advice from the Monitoring Officer in circumstances where he/she wishes to have access to documents or information:
 - Where to do so is likely to be in breach of the Data Protection Act, or
 - Where the subject matter is one in which he/she has a personal or prejudicial interest as defined in the Members’ Code of Conduct.
115. Information given to a Member must only be used for the purpose for which it was requested.
116. It is an accepted convention that a member of one party group will not have a need to know and therefore a right to inspect a document which forms part of the internal workings of another party group.
117. Members and Officers must not disclose information given to them in confidence without the consent of a person authorised to give it, or unless required by law to do so.
118. When requested to do so, Officers will keep confidential from other Members advice requested by a Member.

119. Members and Officers must not prevent another person from gaining access to information to which that person is entitled by law.

Media Relations

120. All formal relations with the media must be conducted in accordance with the Council's agreed procedures and the law on local authority publicity.
121. Press releases or statements made by officers must promote or give information on Council policy or services. They will be factual and consistent with Council policy. They cannot be used to promote a party group.
122. Officers will keep relevant Members informed of media interest in the Council's activities, especially regarding strategic or contentious matters.
123. Before responding to enquiries from the media, Officers shall ensure they are authorised to do so.
124. Likewise, Officers will inform the Executive Head of Corporate Strategy and Communications of issues likely to be of media interest, since that section is often the media's first point of contact.
125. If a Member is contacted by, or contacts, the media on an issue, he/she should:
- Indicate in what capacity he/she is speaking (e.g. as Ward Member, in a personal capacity, as an Executive member, on behalf of the Council, or on behalf of a party group),
 - Be sure of what he/she wants to say or not to say,
 - If necessary, and always when he/she would like a press release to be issued, seek assistance from the Executive Head of Corporate Strategy and Communications and/or relevant Chief Officer, except in relation to a statement which is party political in nature,
 - Consider the likely consequences for the Council of his/her statement (e.g. commitment to a particular course of action, image, allegations of jumping to conclusions),

- Never give a commitment in relation to matters which may be subject to claims from third parties and/or are likely to be an insurance matter
- Consider whether to consult other relevant members, and
- Take particular care in what he/she says in the run-up to local or national elections to avoid giving the impression of electioneering, unless he/she has been contacted as an election candidate or political party activist.

Correspondence

126. Correspondence between an individual Member and an Officer should not be copied to another member unless the author expressly intends and states that this is the case or consents. Where correspondence is copied, this should always be made explicit, i.e. there should be no “blind” copies.
127. Official letters written on behalf of the Council should normally be in the name of the relevant Officer. It may be appropriate in some circumstances (e.g. representations to a Government Minister) for letters to appear in the name of an Executive member or the Chairman of an Overview and Scrutiny Committee.
128. The Chairman may initiate correspondence in his/her own name.
129. The Mayor may initiate correspondence in his/her own name.
130. Letters which create legally enforceable obligations or which give instructions on behalf of the Council should never be sent in the name of a Member.
131. When writing in an individual capacity as a Ward member, a member must make clear that fact.

Access to Premises

132. Officers have the right to enter Council land and premises to carry out their work. Some Officers have the legal power to enter property in the ownership of others.

133. Members have a right of access to Council land and premises to fulfil their duties.
134. When making visits as individual members, Members should:
- Whenever practicable, notify and make advance arrangements with the appropriate manager or Officer in charge
 - Comply with health and safety, security and other workplace rules
 - Not interfere with the services or activities being provided at the time of the visit
 - If outside his/her own Ward, notify the Ward member(s) beforehand, and
 - Take special care at schools and establishment serving vulnerable sections of society to avoid giving any impression of improper or inappropriate behaviour.

Use of Council Resources

141. The Council provides all Members with services such as printing and photocopying and goods such as stationery and computer equipment, to assist them in discharging their roles as Members of the Council. These goods and services are paid for from the public purse. They should not be used for private purposes or in connection with party political or campaigning activities.
142. Members should ensure they understand and comply with the Council's own rules about the use of such resources, particularly:
- Where facilities are provided in Members' homes at the Council's expense
 - In relation to any locally agreed arrangements e.g. payment for private photocopying, and
 - Regarding ICT security
143. Members should not put pressure on staff to provide resources or support which Officers are not permitted to give. Examples are:
- Business which is solely to do with a political party
 - Work in connection with a Ward or constituency party political meeting
 - Electioneering

- Work associated with an event attended by a member in a capacity other than as a Member of the Council
- Private personal correspondence
- Working connection with another body or organisation where a Member's involvement is other than as a member of the Council, and
- Support to a Member in his/her capacity as a Councillor of another local authority

Interpretation, Complaints and Allegations of Breaches

144. This part of the Protocol should be read in conjunction with any "Whistle-Blowing" Policy the Council may have.
145. Members or Officers with questions about the implementation or interpretation of any part of this Protocol should seek the guidance of the Monitoring Officer.
146. A member who is unhappy about the actions taken by, or conduct of, an Officer should:
- Avoid personal attacks on, or abuse of, the Officer at all times
 - Ensure that any criticism is will founded and constructive
 - Never make a criticism in public, and
 - Take up the concern with the Officer privately
147. If direct discussion with the Officer is inappropriate (e.g. because of the seriousness of the concern) or fails to resolve the matter, the Member should raise the issue with the Officer's manager or the relevant Chief Officer.
148. A serious breach of this Protocol by an Officer may lead to an investigation under the Council's Disciplinary Procedure.
149. An Officer who believes a Member may have acted other than in accordance with this Protocol should raise his/her concern with the Monitoring Officer. He/she will consider how the complaint or allegation should be dealt with. At a minor level, this may be no more than informally referring the matter to the leader of the relevant party group. More serious complaints may involve alleged breaches of the Members'

Code of Conduct and may be referred to the Council's Standards Committee.
"""#
}

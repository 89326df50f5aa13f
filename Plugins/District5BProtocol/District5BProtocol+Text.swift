// The district's "5B – Protocol on Member / Officer Relations" (sections 1-12), from seed 002_58d7c3d3afc2277e.txt
// after the parish code, word for word. Data, not code.

extension District5BProtocol {
    public static let text = #"""
5B – PROTOCOL ON MEMBER / OFFICER RELATIONS

1. Introduction

- 1.1 The purpose of this protocol is to guide Members and Officers of the Council in their relationships with one another. It is not intended to be prescriptive or comprehensive and seeks simply to offer guidance on some of the issues, which most commonly arise.
- 1.2 The protocol seeks to reflect the principles underlying the respective Codes of Conduct, which apply to Members and Officers and should be read in association with those Codes. The shared objective of the Codes is to enhance and maintain the integrity of local government.
- 1.3 Councillors and Officers are servants of the public. The effectiveness of the outcomes they are able to deliver for residents is dependent on a strong and constructive relationship which adheres to a set of clear principles. These principles are:
- Mutual respect for each other's roles and responsibilities
 - Dealings between members and Officers should be courteous and conducted in a constructive and positive way.
 - Neither party should seek to take unfair advantage of their position or seek to exert undue influence
 - Respecting the confidentiality of information given and received as part of Council business.
 - Concerns as to the conduct of officers should be made to the relevant Executive Director, and of members, to the Monitoring Officer, or if appropriate to the relevant political group leader.

2. Personal Relationships

- 2.1 It is clearly important that there should be a close working relationship between Portfolio holders, Opposition Group Leaders and Spokesmen, Committee Chairmen and the relevant Director and other senior officers. However, such relationships should never be allowed to become so close, or appear to be so close, as to bring into question the individual's ability to deal impartially with others.
- 2.2 Provided these guidelines are observed there is no reason why there should not be an informal atmosphere between Members and Officers outside formal meetings and events.

3. Support Services to Members and Party Groups

- 3.1 Members are provided with ICT (information and communication technology) equipment and support services (e.g., printing, photocopying etc.) to enable them to better perform their role as a councillor and a ward member and constituency role as Councillors. Members must use the equipment and e-mail addresses provided by the Council.
- 3.2 Members should not use, and Officers should not provide such equipment and support services in connection with party political or campaigning activity or for purposes not related to Council business.

4. Officers and Whole Council

- 4.1 Officers are required at all times to serve the whole Council and provide support regardless of political affiliation and will need to exercise judgement in fulfilling this obligation, whilst maintaining the distinction between executive and scrutiny. Members must recognise this obligation on Officers.

5. Officers and the Cabinet/Portfolio Holders

- 5.1 Any decision by an individual Portfolio Holder or collective decision by the Executive should except in an emergency be supported by written advice from the appropriate Officer(s). An Officer's obligation to the whole Council requires that such advice is independent, and Members must not seek to suppress or amend any aspect of such professional advice.
- 5.2 Reports to Committees will normally be produced by Officers but there may be occasions when a Portfolio Holder or other Member prepares a report. In either situation, the appropriate Officer shall place on record his/her professional advice to the Committee and ensure that advice is considered when a decision is taken.
- 5.3 Officers may be representing the decisions (internally and externally) of a single party Cabinet or an individual Portfolio Holder. Other Members will need to recognise that, in so doing, the Officer is representing an executive decision of the Council.

6. Officers and Political Party Groups

- 6.1 There is statutory recognition for political groups, and it is common practice for such groups to give preliminary consideration to matters of Council business in advance of consideration by the relevant Council body.
- 6.2 On the invitation of a Group Leader, an Executive Director or his/her nominee may attend a Group meeting to give factual information about an issue which is currently being or will shortly be debated by a Council body.
- 6.3 Officer support in these circumstances must not extend beyond providing information in relation to matters of Council business. Officers must not be involved in advising on matters of party business. The observance of this distinction will be assisted if Officers are not expected to be present when matters of party business are discussed.

- 6.4 Group meetings, while they form part of the preliminaries to Council decision making, are not empowered to make decisions on behalf of the Council. Conclusions reached at such meetings are not Council decisions and it is essential that they are not interpreted or acted upon as such. Councillors must also ensure that any preliminary view of the political Group does not result in pre-determination of a decision, though it is acceptable to have a pre-disposition towards a particular view.
- 6.5 Similarly where Officers provide information and advice to a Group in relation to a matter of Council business this cannot act as a substitute for the Officer providing all necessary information and advice to the relevant Council body when the matter is considered.
- 6.6 Officers will not normally attend and provide information to any political party group meeting which includes non-Council members. Exceptions to this may be approved by the Executive Directors who shall do so in writing and copy the correspondence to all the political Group Leaders.
- 6.7 Any particular cases of difficulty or uncertainty in this area of Officer advice to political party groups should be raised with the Executive Directors who will discuss them with the relevant Group Leader(s).

7. Officers and Individual Members

- 7.1 Any Group Leader, Portfolio Holder, Group Spokesman or Committee Chairman may request a private and confidential briefing from an Executive Director on matters which have already been or may be discussed by the Council or within its decision making or advisory process. All requests should be made to the appropriate Executive Director who should invite the Monitoring Officer or his/her nominees to attend if this is thought appropriate.
- 7.2 Briefings shall remain strictly confidential and are not to be shared with other Members of the Council unless so permitted by the relevant Member.
- 7.3 Except for the confidential policy advice referred to above, where possible *information* will be shared among political group representatives. In particular, Overview & Scrutiny is a cross-party process involving all political groups represented on the Council. *Information* supplied to Overview & Scrutiny Chairmen will therefore be shared as a matter of course with each of the political groups.
- 7.4 Individual Members may request the Executive Directors (or another Senior Officer of the Directorate concerned) to provide them with factual information. Such requests must be reasonable and must recognise the need for Officers to maintain the distinction between the executive and scrutiny processes. The relevant Cabinet members, Committee or Overview & Scrutiny Committee Chairman and the Opposition Spokesmen will, unless it is of a minor nature, be advised that the information has been given and, on request, will be supplied with a copy.
- 7.5 If an Executive Director considers the cost of providing the information requested, or the nature of the request to be unreasonable, they shall seek guidance from the Monitoring Officer as to whether the information should be provided. Where necessary, the Leader in consultation with the other Group Leaders will determine whether the information should be provided.

- 7.6 Confidential information relating, for instance, to casework should not normally be sought. If in exceptional circumstances Members wish to discuss confidential aspects of an individual case, then they shall first seek advice from the Executive Director and follow appropriate guidance.
- 7.7 Any Council information provided to a member must only be used by the Member for the purpose for which it was provided (i.e., in connection with the proper performance of the Member's duties as a member of the Council). This point is emphasised in the Code of Conduct.

8. Officers and Non-Council Elected Representatives

- 8.1 Officers may be requested to meet with Councillors or Elected Representatives from other Councils or organisations to provide briefings and/or policy advice.
- 8.2 Any Officer requested to attend a meeting of this nature which is not held on a cross-political party basis must obtain the prior authorisation of the Executive Directors who shall inform all Group Leaders of the arrangements.

9. Media Relations

- 9.1 A primary intention of the Government in introducing executive arrangements was to raise the public and media profile of Portfolio Holders and to make the Cabinet directly accountable for decisions taken. It follows that media presentation and media support will reflect this. Advice to the Cabinet and Portfolio Holders in relation to the media will be provided on a confidential basis if requested.
- 9.2 The Overview & Scrutiny Chair (or in their absence the Deputy Chair) shall be consulted on all media statements relating to the scrutiny function. Any such statements must be consistent with the Council's intent that the scrutiny function shall help to achieve a culture of continuous improvement throughout the Council.
- 9.3 The Communications Manager and other Officers will also assist non-Cabinet Members in their media relations (on a confidential basis if requested).
- 9.4 Any Officer assisting a member with media relations must act at all times in the interests of the whole Council and in a politically impartial manner. Other than factual statements, Members should not seek assistance from an Officer with the preparation or issue of any media statement that will adversely affect the reputation of the Council.

10. Local Members

- 10.1 The council will keep local members fully informed on all matters which affect their electoral wards.
- 10.2 Each chief officer will ensure that all relevant staff are aware of the requirement to keep local members informed and that, the timing of such information allows local members to respond appropriately and contribute to relevant decisions.
- 10.3 Any notification under this protocol should include sufficient detail to enable the local member(s) to have a broad understanding of the issue including a summary of advantages and disadvantages of any proposal and any financial implications.
- 10.4 Where lawful, communication of such information to local members will be made seven days before publication by the council of that same information. During those seven days the local member shall keep confidential the information imparted and not disclose it further without the agreement of the Executive Directors.
- 10.5 Local members must be informed of the formative stages of policy development as it affects their ward. This includes any consideration of the matter by working parties, internal boards or committees of the Council.
- 10.6 Issues may affect a single electoral ward, but others may have a wider impact in which case a wider number of members will need to be kept informed.
- 10.7 Should you be approached for assistance from a constituent of another ward, you should in the first instance refer the individual to the appropriate ward member(s). In particular, you should be careful to avoid pursuing an issue that has been raised because the constituent is unsatisfied with the response from his/her own ward member or where the ward member considers that all reasonable options have been exhausted. If it is not possible or appropriate to direct the constituent to his/her ward member (an example might be that the ward member is unavailable and the issue that has been raised is both important and urgent) then you should ensure that the individual understands that you may have to process their personal data and if necessary share such data in accordance with your Privacy Notice (a copy of which is on your page of the Council's website). Unless there are compelling reasons not to do so, you should inform the constituent's ward representative(s) at the earliest opportunity.
- 10.8 Whenever a public meeting is organised by the Council to consider a local issue all the members representing the electoral wards affected should as a matter of course be invited to attend the meeting.
- 10.9 Whenever an Officer attends either a public meeting or a Town/Parish Council meeting they should inform the local ward member(s) about the issue and their attendance prior to the meeting taking place.
- 10.10 Whenever the Council undertakes any form of consultative exercise the local members must be included.

10.11 Where a news release specifically relates to an issue affecting a particular ward or geographical area, the local Member(s) will be advised by email or telephone as appropriate and sent a copy of the proposed release prior to distribution to the local media.

10.12 The local member's name will normally be added to the contacts list on the press release and the Communications Team will offer advice and guidance in the usual way, seeking a quote from the local member if appropriate.

11. Member Training

11.1 Members are expected to embrace the principles of personal development and skill training and ensure they allocate time to participate in all the necessary training and personal development activities. This includes the necessary skills to take advantage of the ICT facilities made available to them.

11.2 Officers will work with individual members to produce a personal development plan, seek to ensure resources are available to fulfil the actions agreed in the plan and provide appropriate training to ensure that all members have the skills needed to fulfil their duties.

12. Arbitration

12.1, When necessary, the Executive Directors will arbitrate on the interpretation of this Protocol following consultation with the Leader of the Council and the Monitoring Officer.
"""#
}

/**
 * Behaviours where the simulator is known to differ from PTV, with why and who fixes it. They stay in the
 * corpus and count as disagreeing in `npm run fidelity`; in the integration test they are expected failures,
 * so the test turns red the day the simulator starts agreeing and the entry must go.
 */
const FIDROUTES = 'fidroutes: V11 read route not served (or not validated) yet';

export const KNOWN_DIVERGENCES: Record<string, string> = {
  'read.service-class': FIDROUTES,
  'read.target-group': FIDROUTES,
  'read.industrial-class': FIDROUTES,
  'read.service-with-gd': FIDROUTES,
  'read.organization-hierarchy': FIDROUTES,
  'read.gd-new-list': FIDROUTES,
  'read.organization-area': FIDROUTES,
  'read.service-area': FIDROUTES,
  'read.area-body-name-in-url': FIDROUTES,
  'read.area-code-format': FIDROUTES,
  'read.business-code-format': `${FIDROUTES}: [ValidateRegEx("code")] answers 400 before the lookup (simulator: 404)`,
  'read.oid-format': `${FIDROUTES}: [ValidateRegEx("oid")] answers 400 before the lookup (simulator: 404)`,
  'read.list-unknown-guids.live': `${FIDROUTES}: live answers 404 "Services not found." (simulator: 200 [])`,
  'auth.gd-write-needs-eeva':
    'lead/fidroutes: POST /GeneralDescription is not routed (405); PTV answers 403 for a non-Eeva user',
  'connection.put.draft-service': 'fidmodel: connection PUT for a service that exists only as a draft',
  'channel.echannel.bad-url':
    'lead/fidmodel: ListWithUrl sits on the list (ListBaseAttribute.cs): key WebPage, simulator WebPage[0].Value',
  'channel.printable.bad-url-type':
    'lead/fidmodel: ListWithEnum("Type") sits on the list: key ChannelUrls, simulator ChannelUrls[0].Type',
  'channel.location.oid-not-stored':
    'lead: a new silent normalisation (VmOpenApiServiceLocationChannelInVersionBase.cs:51-58) needs a NORMALISATIONS entry, a T5 case and the defects e2e',
  'channel.echannel.hours-readback':
    'lead: OUT service hours (V11VmOpenApiServiceHour.cs:41-64 validForNow, CoreExtensions.cs:1097 HH:mm:ss); the T6 read-back compare must accept it',
};

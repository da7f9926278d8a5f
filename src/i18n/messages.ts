// Do not modify this file by hand! `npm run localize` writes it from the XLIFF files.

/**
 * Every message of the kit by id, with its English source (`{0}`, `{1}`… are its values).
 * A host's text overrides (`<ph-provider .texts=…>`) are keyed by these ids.
 */
export interface KitMessages {
  /** A payment is being processed. The dialog can be closed once it has finished. */
  s005c4a1629d37845: string;
  /** Redirect URL */
  s00e288d3a3d59c94: string;
  /** Couldn’t copy. The number is {0}. */
  s01527b4bd80a8088: string;
  /** The test event was delivered. */
  s015b2abeae6ca309: string;
  /** Couldn’t load the auto-renewal settings. */
  s01787245de8bfc27: string;
  /** No WhatsApp accounts yet. Your clients’ numbers appear here once they connect. */
  s019282f5ab1a6dfc: string;
  /** Logo uploaded. Clients see it from now on. */
  s0238a2c801487401: string;
  /** Now showing the partner account {0}. */
  s0241ba773a5dc9a6: string;
  /** Done */
  s0379fc73608ab971: string;
  /** Integration */
  s03970aa76a09982d: string;
  /** The prorated amount could not be worked out. */
  s03f82cd8adb885b8: string;
  /** Couldn’t load the credit balance. */
  s04ed7da3cb5788f5: string;
  /** {0} channel subscriptions are still active: {1}. Cancel them first. */
  s050466b45fe4bd54: string;
  /** Funds applied */
  s051f07101222592a: string;
  /** Calculating forecast… */
  s0579c792a27e2c81: string;
  /** API keys */
  s0609ea65e707dd6d: string;
  /** Under continuous usage each top-up leaves the balance at or barely above the threshold, so top-ups repeat and your payment method is charged again and again. */
  s06129b69ea27c989: string;
  /** Address line 2 */
  s065493f8b65584c1: string;
  /** The hub refused this change: only owners can manage users. */
  s067d8959fb7c9688: string;
  /** An automatic top-up will likely recover the negative balance, even with auto-renewal off. */
  s072e491da4273aa1: string;
  /** Replayed from the balance right after a top-up: threshold plus top-up amount. */
  s077f9b939de74138: string;
  /** Only owners of this partner account can change the profile. */
  s0788ad9ede1ac545: string;
  /** Showing {0} invoices. */
  s07cac663344ed470: string;
  /** With these settings last month: {0} top-ups, {1} charged. */
  s0891b3fbe80856f1: string;
  /** VAT of the hub’s country is charged on your invoices. */
  s0918156a4f55c77b: string;
  /** On */
  s091d5807b5b33550: string;
  /** This hub does not offer payment methods here. */
  s0959d9849e7670f0: string;
  /** This hub does not list users here. */
  s0a1f2905d79d4532: string;
  /** Calculating the card fee… */
  s0addd4f4eae31e9b: string;
  /** Cancelled today, the {0} plan stays active until {1}, the end of next month, and then ends. */
  s0b572c3be5f70495: string;
  /** Recommended from last month’s usage */
  s0b62bd020faceb6d: string;
  /** Download CSV */
  s0bb2d48532acc455: string;
  /** Upgrade to {0} */
  s0bb4d411d68e68e6: string;
  /** The API key was copied. */
  s0be8d0443db33360: string;
  /** Your plan is now {0}. */
  s0c168b7910be4399: string;
  /** Sorted by net, highest first. */
  s0cd83df609839882: string;
  /** Not set */
  s0df0e8c4f3c2eba6: string;
  /** Enter a full web address, like https://example.com/hooks. */
  s0ef61f6b102b81ad: string;
  /** Sorted by issue date, oldest first. */
  s105884bfa0a5ef03: string;
  /** Updated */
  s10d2dbc4613397f0: string;
  /** Card fee {0} · Total {1} */
  s10fb7147dc85d3b0: string;
  /** The forecast is not available right now. */
  s110a3af8e05d460f: string;
  /** Auto-renewal ({0}) */
  s111424c80b100c7e: string;
  /** Default */
  s11326fd2590f4e5e: string;
  /** Your plan */
  s11801b4b60084cc5: string;
  /** This plan is cancelled and stays active until {0}. */
  s11be57d3ea2753aa: string;
  /** You are the only user of this partner account so far. */
  s11d15550252a0b51: string;
  /** {0} has no decimal places: enter a whole amount. */
  s1208f3ad25100879: string;
  /** Range */
  s122e9f7824a2af12: string;
  /** Your company logo */
  s12d13a77db2d4700: string;
  /** Keep this user */
  s12ea02ce0adcba27: string;
  /** There is no card on file. Add a card to continue. */
  s132a11bd61e9bd2b: string;
  /** Place this element inside a <ph-provider> or give it an adapter. */
  s137cf7d10ab2b570: string;
  /** No invoices match these filters. */
  s137dc2b3aeabc0a7: string;
  /** Plans */
  s13a2e3afa0779b53: string;
  /** The invitation to {0} was withdrawn. */
  s13d35f098985375f: string;
  /** Only owners of this partner account can add funds or change auto-renewal. */
  s14870639de4480a5: string;
  /** Downloading {0}. */
  s149e1a555215363d: string;
  /** Your new API key {0} */
  s14c2590d32c32541: string;
  /** Contact support to change the VAT ID */
  s1536d5dc195037d8: string;
  /** You will no longer be able to add users, change roles or manage billing. Only another owner can make you an owner again. */
  s1606488b701dbbae: string;
  /** Sorted by issue date, newest first. */
  s1643e7c71a765114: string;
  /** Couldn’t load your partner plan. */
  s16c69399c6f05b27: string;
  /** The API key was not created. */
  s177eac1ac883c3b7: string;
  /** The {0} plan stays active until {1} and then ends. */
  s178f37a13d8084b7: string;
  /** Invoice {0} is paid. */
  s196282a244f57266: string;
  /** Sorted by status, connected first. */
  s19e404b98cd295f8: string;
  /** Choose a file of at most {0}. */
  s1adeb92c896242b8: string;
  /** Status code */
  s1c0dc067f2b4cb5c: string;
  /** Couldn’t copy. Your Partner ID is {0}. */
  s1c81525679fa99f2: string;
  /** Revoke the API key {0}? */
  s1dabe5e4e0679c1a: string;
  /** Make default: {0} */
  s1e8ca386e6cbfa96: string;
  /** Calculate again */
  s20729dbddb4f6957: string;
  /** Only owners of this partner account can see its invoices. */
  s20faaee10d241336: string;
  /** Modify auto-renewal ({0}) */
  s21bcd147d2493ed2: string;
  /** Sorted by name, Z to A. */
  s21e6cceef122c5ce: string;
  /** Partner Hub */
  s22399cbae709bf22: string;
  /** Invoices, one per row, with their status and actions. */
  s22fae097f38b567e: string;
  /** City */
  s2468b69d10791c82: string;
  /** {0} channel subscriptions are still active, among them {1}. Cancel them first. */
  s2564fe4cac221b04: string;
  /** The plan was not cancelled. */
  s268b9c102c7b0d22: string;
  /** Save Solution ID */
  s26e147b6eebe9820: string;
  /** No credit balance yet. */
  s26f84d6ab4b59cf9: string;
  /** Not rated yet */
  s26fc4403d991f0a2: string;
  /** No usage in the last 30 days. */
  s27f9141f2182e553: string;
  /** This part of the hub could not be loaded. */
  s284d2e6523d03c21: string;
  /** This hub does not take invoice payments here. */
  s2857b96b38e3311d: string;
  /** Invite */
  s2afc9a717c161490: string;
  /** Payment failed: */
  s2b28f01eb7732c0c: string;
  /** Medium quality */
  s2c818b46b5a1e48f: string;
  /** The test event was not delivered. */
  s2cabfde7a789f142: string;
  /** Cancel */
  s2ceb11be2290bb1b: string;
  /** Partner webhook URL */
  s2cf7c7ad7130025d: string;
  /** The connection dropped after the payment was sent. Checking with the hub whether it went through; you will not be charged twice. */
  s2da6a6949c80fc4b: string;
  /** You don’t have access to the profile. */
  s2ded92b5764b4eb3: string;
  /** Paid */
  s2df73819ecf92ca7: string;
  /** Invoice {0} downloaded. */
  s2e643897d50b21cb: string;
  /** Row {0} of {1}: {2}. */
  s2e951bfcaa1bb496: string;
  /** Auto-renewal is off. */
  s2eaf65ca5f75a52e: string;
  /** High quality */
  s2f097a6ab9e5686c: string;
  /** Remove {0} */
  s2fa05f91c1baa29b: string;
  /** The image is {0} pixels wide; use one at most {1} pixels wide. */
  s2ffe49f30b99b8e7: string;
  /** Off */
  s302cbb19bf9a174a: string;
  /** First line of the answer */
  s317a357b4721b87d: string;
  /** Download invoice {0} as PDF */
  s31ac6907df03d716: string;
  /** SEPA Direct Debit */
  s31cbe266cd84296d: string;
  /** The Partner Hub took too long to answer. Please try again. */
  s32127d65bd85521e: string;
  /** Not available */
  s322e34cfcba47155: string;
  /** Enter the VAT ID in the format of the invoicing address’s country ({0}), like {1}. */
  s3287890bf00fa93b: string;
  /** Boleto */
  s32a7ac9bcb7f8b18: string;
  /** The invitation e-mail sent to {0} will no longer work. */
  s3306c2e7a6abbf1e: string;
  /** Table */
  s337a1e9022a8d19f: string;
  /** The test event could not be sent. */
  s3385422656413e89: string;
  /** The {0} plan is cancelled. It ends on {1}. */
  s338953d3f3b1f738: string;
  /** Save */
  s33f85f24c0f5f008: string;
  /** Reloading the page loads them again. */
  s34046a6bcdab2203: string;
  /** Emergency top-ups may still apply if the balance drops below zero. */
  s34080fe9e2a34104: string;
  /** Invite a user */
  s3425628ba5d308c6: string;
  /** Check the brand name before saving: */
  s344ee2efd23e7437: string;
  /** Usage */
  s345be9d2d7ce0228: string;
  /** Copy */
  s3687049d1af562c4: string;
  /** Create API key */
  s37320511939b97fe: string;
  /** A one-time code was sent to {0}. Enter it to confirm the invitation. */
  s373e5d0b4c8ecdb3: string;
  /** Net */
  s3741f219c32abe78: string;
  /** Ask your Partner Hub support team to move you to {0}. */
  s37f63b813229743e: string;
  /** Withdraw invitation */
  s38bc1b4da238734e: string;
  /** Payment methods on file */
  s39b8ca44d6b6876a: string;
  /** With these settings last month: no top-ups, nothing charged. */
  s3a0c514db273a4cf: string;
  /** Payment method */
  s3a150c77a8d32372: string;
  /** Messages and calls continue normally. */
  s3a9dc18237890010: string;
  /** Withdraw the invitation to {0}? */
  s3b4a2580e8fdd8ff: string;
  /** You are now on {0}. {1} was invoiced. */
  s3bf3f5544d619a13: string;
  /** In {0}, funds added were {1} and usage was {2}. */
  s3c5add7f1ca9cf7a: string;
  /** Overview */
  s3d197283cb019b5a: string;
  /** We could not confirm the payment yet. */
  s3d257fa48e093d18: string;
  /** The plan was not changed. */
  s3d4c12817c525cab: string;
  /** Keep it */
  s3defe022074e3bb5: string;
  /** Funds are applied immediately after a successful payment. */
  s3dfeefdb1530e955: string;
  /** Client-paid: clients pay for their own messaging. */
  s3e07185c1de0da7c: string;
  /** The connection failed. Check your network and try again. */
  s3e08ae46f42625e8: string;
  /** With these settings last month: 1 top-up, {0} charged. */
  s3f0752bd2dc80e27: string;
  /** This hub does not offer switching between partner accounts here. */
  s3f184c9ec66539d6: string;
  /** No API keys yet. */
  s3f5626477772cfce: string;
  /** {0} per year */
  s3ffeee4b0894bc7b: string;
  /** Reload the page */
  s408f1efc9a489e46: string;
  /** {0} is now a member. */
  s41119fcbeea3ce38: string;
  /** Expires {0}. */
  s419f8f175bf5cfb1: string;
  /** Suggested amounts */
  s41ab8a741e9df241: string;
  /** Search by name, client, number or WABA ID */
  s41ccb6083458d982: string;
  /** Copy API key */
  s4280e090367d36bb: string;
  /** Recommendation applied: threshold {0}, top-up amount {1}. */
  s428a2ad760e603b1: string;
  /** Invoicing details */
  s42c80ef57a506f29: string;
  /** Partner ID */
  s43633ad996958516: string;
  /** The method was not added: {0} Try another card. */
  s442a371bb924a673: string;
  /** A PNG or JPEG image, square works best. */
  s44451aab74670bb2: string;
  /** Bar chart of funds added and usage per month in {0}, {1} to {2}. Total funds added: {3}. Total usage: {4}. The table view lists every month. */
  s447d85c35445e03b: string;
  /** Make me a member */
  s449e98b891403bae: string;
  /** At or below your auto-renewal threshold of {0}: a top-up is due. */
  s44af46d61ff8f113: string;
  /** Verifying payment… */
  s44dd2b67e08f140c: string;
  /** Save brand name */
  s44ee2aa87caa81ac: string;
  /** {0} of them were emergency top-ups: the balance fell below zero. */
  s45344bb226891fab: string;
  /** You can close this dialog: if the payment goes through, your balance updates by itself. */
  s45861d7dc8447226: string;
  /** Your API keys */
  s459f82ebffe8b9a2: string;
  /** Settle everything listed above before cancelling. */
  s45de9f451b4fd6e4: string;
  /** Resend invitation */
  s46563e9ba699aec9: string;
  /** {0} will be charged. */
  s46577589a1f534fa: string;
  /** Step 1 of 2: amount and card */
  s46963785ccbf46a2: string;
  /** Integration settings */
  s4724f052621bf66a: string;
  /** One channel subscription is still active: {0}. Cancel it first. */
  s4786258f553b6490: string;
  /** Postal code */
  s483169c26b28d9b3: string;
  /** {0}, expires {1} */
  s4850255c7cf842f5: string;
  /** Sorted by amount, smallest first. */
  s48876de81a751442: string;
  /** Time */
  s48e186fb300e5464: string;
  /** The key was created, but its secret can no longer be shown. Revoke it and create another. */
  s48f76b7b10da8664: string;
  /** Check these fields before inviting: */
  s4a05d3c5e110ee68: string;
  /** Clients can no longer add phone numbers themselves. */
  s4a2ad918a5e547fe: string;
  /** Movements per month, all months ({0} – {1}) */
  s4ac170a0f1f082ae: string;
  /** {0} is now the default payment method. */
  s4ad56a9de97e3202: string;
  /** Data storage region saved. */
  s4b0a7aa580a38dbf: string;
  /** Reloading the page loads it again. */
  s4c89585705775e9a: string;
  /** Processing payment… */
  s4cb0d44a050fd5da: string;
  /** Enter the {0}-digit code from the e-mail. */
  s4d4f505585638c41: string;
  /** You can still save. */
  s4dd0f5945f882cbd: string;
  /** Not given */
  s4e2c80d3c7a72e23: string;
  /** Contact support to change the legal name */
  s4f09fbe56aea42c0: string;
  /** You don’t have access to the WhatsApp accounts. */
  s500ab114daf6352e: string;
  /** A Solution ID has digits only. */
  s500d2414e3dcf91e: string;
  /** Sorted by status, disconnected first. */
  s51a126717f4cebbe: string;
  /** Expired {0}: it can no longer be charged. */
  s523be0b7f56c3394: string;
  /** Total charged to the card */
  s52bce07d535387d5: string;
  /** Load more invoices */
  s52e39c9613c45f3e: string;
  /** Restricted */
  s53ac60eeb17354ec: string;
  /** Save data storage region */
  s53d390e18076ca5b: string;
  /** Ask an owner of this partner account for access. */
  s544c713ed2a935a7: string;
  /** Movements per month, last 12 months ({0} – {1}) */
  s5481868f1438c36e: string;
  /** Your session has expired. Sign in again to continue. */
  s54c9cb2ed1e1320d: string;
  /** Starts with */
  s54dac7225dc9df24: string;
  /** Enter the amount as a number, like {0}. */
  s550ae51bff3ebcab: string;
  /** Amount ({0}) */
  s553fb4a0325b3264: string;
  /** Only owners of this partner account can change these settings. */
  s5563ff201ec2f939: string;
  /** Cancel the {0} plan? */
  s5571643232ffe67e: string;
  /** An upgrade takes effect at once. */
  s5577106b99d4eac9: string;
  /** Showing the last 6 months. */
  s55aede3be28f1054: string;
  /** Based on last month’s average daily usage. */
  s56c69f4c308ea9be: string;
  /** {0} was removed. */
  s56e7d1ecd07082fa: string;
  /** E-mail address */
  s5763760f2ffd78d0: string;
  /** Added to the balance and charged to your saved payment method each time. */
  s577686b12ba8da06: string;
  /** This setting was not saved. */
  s57f363bb64b74274: string;
  /** Cancel the plan */
  s586554a13f142f73: string;
  /** Users */
  s586d6bd2eca2da93: string;
  /** Withdraw invitation: {0} */
  s59ccf88d5c4a8a9e: string;
  /** Pay invoice {0} */
  s59e67f74acbcd228: string;
  /** Your invoices carry no VAT, because your address is outside the EU. */
  s59f44b4736eb59c8: string;
  /** There was no usage last month, so there is no recommendation yet. */
  s5a592ced5c799730: string;
  /** The top-up amount is not higher than the threshold. */
  s5ac175704c9073de: string;
  /** Save webhook URL */
  s5b1bf9fe11a1b96c: string;
  /** Choose one of the options. */
  s5bb3a2c4dab36022: string;
  /** I have copied the key */
  s5be3588725bdef26: string;
  /** Couldn’t load the Partner Hub. */
  s5c0c9ec01e6db9d5: string;
  /** Uploading the logo */
  s5c8c1721c92bcb3a: string;
  /** Modify auto-renewal */
  s5ccf3c6f37c6781b: string;
  /** Prorated upgrade */
  s5d22f8ebb5ed24ae: string;
  /** Move to {0} */
  s5d9f06e83b5c41e3: string;
  /** Couldn’t load the API keys. */
  s5dce7ef400115152: string;
  /** Close */
  s5e8250fb85d64c23: string;
  /** Showing 1 invoice. */
  s5f00c7f1e8d15352: string;
  /** None of your cards can be charged: they have expired. Add a valid card to continue. */
  s5ff6aa1d23a325c0: string;
  /** Last month’s usage could not be loaded, so there is no recommendation. */
  s60ccfae0aa621a46: string;
  /** Partner ID {0} copied. */
  s60fcb3be851ef772: string;
  /** Users of this partner account */
  s611232fa9edf6061: string;
  /** Movements per month, last 6 months ({0} – {1}) */
  s62066d69ac35dfd9: string;
  /** Billing */
  s622421be65bb31bc: string;
  /** No auto-renewal settings yet. */
  s629b5be4e1b8a0c3: string;
  /** Only owners of this partner account can see this part of the hub. */
  s630756c4e636b3c2: string;
  /** Contact support to change the address */
  s633b761ba25931a8: string;
  /** This is your default payment method. Make another one the default before removing it. */
  s63b273908d537418: string;
  /** Only owners can change payment methods. */
  s63ec9d7d0f4bc28d: string;
  /** Negative balance */
  s648d51bf38d1f5e2: string;
  /** Cancel the {0} plan */
  s64b90117112f14b5: string;
  /** Outbound messages and calls are paused. Add funds to resume. */
  s655cad8f38efc5d0: string;
  /** Upgrade for {0} */
  s66edfad3ad3c617a: string;
  /** Chart */
  s66f26fdcbe2101eb: string;
  /** Only members of this partner account can open its hub. */
  s66fd8204ae8d962d: string;
  /** Low balance */
  s6728d4af7403dfb1: string;
  /** Between {0} and {1}. */
  s673b5a034fe46120: string;
  /** The image is {0} pixels high; use one at least {1} pixels high. */
  s673fa79cf0342389: string;
  /** Calculating… */
  s67bf7e994fe5753a: string;
  /** Resend invitation: {0} */
  s67d507ad6d25a22f: string;
  /** Couldn’t load the users. */
  s67d7630ddb072c5e: string;
  /** Invoices */
  s680176dc8cde7f79: string;
  /** {0} was removed from this partner account. */
  s68597ee93d4f5589: string;
  /** The hub did not confirm the change. Reload the page to see whether it was made. */
  s688574b274cb7427: string;
  /** Based on the last 15 days of last month, because usage fluctuated. */
  s6929d7d2fdf27560: string;
  /** Only owners of this partner account can see and change its plan. */
  s6a165044981523ec: string;
  /** {0} was added. */
  s6acbcd7989ea0130: string;
  /** VAT ID */
  s6b22963bdc5c39e1: string;
  /** Your amount of {0} and your card are kept. Try again, or choose another card. */
  s6b596df515bf5d37: string;
  /** Confirm adding {0} as an owner. */
  s6b8b2e419f478cbc: string;
  /** Copy {0} */
  s6c041ffbadc50cb6: string;
  /** Funds added */
  s6c28b236a4958ea5: string;
  /** Outbound messaging is paused until this invoice is paid. */
  s6c3459ed7ff60c4a: string;
  /** 12 months */
  s6c63e82443691191: string;
  /** Stay an owner */
  s6c94b10dd7ed11d4: string;
  /** This VAT ID does not match the country of the invoicing address ({0}). A VAT ID from this country looks like this: {1}. */
  s6cc3a795e6989776: string;
  /** Last used */
  s6d3f81dc4bcacbda: string;
  /** Brand name saved. */
  s6d9170374c8fb0d8: string;
  /** To remove a user, contact support. */
  s6e828da0c253ba3d: string;
  /** Sending… */
  s6ead281adf0d371d: string;
  /** Loading… */
  s6ebc9bd6feae62a3: string;
  /** Still to pay: {0}. */
  s6fa07c0780796092: string;
  /** For example the system that will use it, like “Billing backend”. */
  s712def7b5c77c3c8: string;
  /** All statuses */
  s71658e86b066bcae: string;
  /** Move to {0}? */
  s717a989cddc3e8d4: string;
  /** The hub refused this invitation: only owners can add users. */
  s71c042f3d708a9f5: string;
  /** Add a payment method */
  s71e9566d7d072072: string;
  /** No daily limit on customers */
  s720653beabd43a94: string;
  /** The upgrade takes effect at once. You are invoiced now for the rest of this billing period, until {0}: */
  s72ad151df5342630: string;
  /** Upgrade to {0}? */
  s72ad334f93fc28bb: string;
  /** Revoke {0} */
  s73cdc8069c2966b5: string;
  /** Check the name of the new key: */
  s742149aad831f78c: string;
  /** Where clients go after they finish Integrated Onboarding. */
  s75167143210bb32b: string;
  /** Member */
  s751678adb0aa2b23: string;
  /** Quality and limit */
  s7543fd75da5e0fb8: string;
  /** Less than a day until messaging pauses at the current usage. */
  s76589191d06c9baf: string;
  /** The partner account was not switched. */
  s76ea87eadaa8186c: string;
  /** Couldn’t load the WhatsApp accounts. */
  s773160a34251aa10: string;
  /** Expires {0}: replace it soon. */
  s777c4569b74d6ca1: string;
  /** The card could not be processed. */
  s7790efd2b3202f63: string;
  /** Currency */
  s77dde5ef6c52def6: string;
  /** This hub does not offer invoicing details here. */
  s781070d619935a56: string;
  /** This hub does not offer integration settings. */
  s784d2b83a556763b: string;
  /** Pending */
  s78636b92c1a3909c: string;
  /** Movements per month in {0}, last 12 months ({1} – {2}) */
  s789ac63ca8754c2b: string;
  /** Sorted by date added, oldest first. */
  s78e6210e530a7cd2: string;
  /** Confirm adding {0} as a member. */
  s78f084fdde0c6c15: string;
  /** Low quality */
  s7a34bdfc79a6d7e8: string;
  /** Save invoicing details */
  s7b02f5f5537189d2: string;
  /** {0} was invited as a member. */
  s7b65eac2c3838ace: string;
  /** Movements per month */
  s7bbac81a4dcd30f0: string;
  /** No movements yet. */
  s7bd08b370760b510: string;
  /** Movements per month in {0}, last 6 months ({1} – {2}) */
  s7cdbdd3189c21776: string;
  /** No logo yet. */
  s7d534bacdfdb22e3: string;
  /** Showing {0} of {1} invoices. */
  s7e534765c5ae3323: string;
  /** Add to Credit Balance ({0}) */
  s7e9b3e1b822395c3: string;
  /** View */
  s7f59f507e02a2f38: string;
  /** Auto-renewal is on and adds {0} when the balance falls to {1}. */
  s800cecffc6793f6b: string;
  /** Send test event */
  s801c46fe9b00b9e5: string;
  /** There is no payment method on file yet. */
  s806d0017219c2ac0: string;
  /** Payments with it carry a {0}% fee. */
  s80c61b6907264eba: string;
  /** Make member: {0} */
  s815b4c4367d895d5: string;
  /** Allow clients to add phone numbers */
  s8173bb82c8c8ce6a: string;
  /** Keep my plan */
  s81aa2240b13764ed: string;
  /** All types */
  s81c540e467783095: string;
  /** Continue */
  s81ecf2d4386b8e84: string;
  /** Amount to add */
  s822621220fcfcd89: string;
  /** The payment was not made. */
  s829b695a247a9c57: string;
  /** Connected */
  s82a4e28ab5b56670: string;
  /** Card fee */
  s82b9879fea04487b: string;
  /** {0} invoices are unpaid: {1}. Pay them first. */
  s82bea58a0f56eeb0: string;
  /** The key was not revoked. */
  s83aafbde6c1c91f9: string;
  /** Make owner */
  s845661ab2df122bc: string;
  /** Payment methods */
  s84e73053dec47ab3: string;
  /** Creating… */
  s84fe348d9e99e6b0: string;
  /** Auto-renewal */
  s85fc1a3b37ded20f: string;
  /** {0} will no longer be able to open this partner account. */
  s8701df72e6eef6ae: string;
  /** Legal name */
  s8766ef916310c93d: string;
  /** Fill in this field. */
  s87e01014ddda4fa9: string;
  /** Credit balance */
  s880e66c257b5c9f0: string;
  /** Step 2 of 2: check and confirm */
  s882dac407377d943: string;
  /** This PDF link was refused: it is not an https link or one of this site, so it could run code in this page. */
  s8864ea0160dee785: string;
  /** Auto-renewal saved */
  s88be9f313a9284ec: string;
  /** Enter at least {0}. */
  s88e991ecdec7a0fd: string;
  /** Unpaid */
  s89497e584eac6018: string;
  /** No, I want to manually add funds */
  s8965052dbfc89244: string;
  /** Contact support to move to {0} */
  s8a99e9f29d2a63b9: string;
  /** Actions */
  s8af61807443f32a4: string;
  /** Never */
  s8b97ea84af17c029: string;
  /** Next invoice */
  s8ba11fcd5220720b: string;
  /** This person is already a user of this partner account. */
  s8ba8de18c25490f4: string;
  /** The service is temporarily unavailable. Please try again shortly. */
  s8c39c6097b8a02df: string;
  /** Amount added to the balance */
  s8caf51e47454b94b: string;
  /** Auto-renewal charges your only payment method, so it cannot be removed until you add another or turn auto-renewal off. */
  s8d02c4350ab47adb: string;
  /** PIX */
  s8d4ba419f3bc5d9e: string;
  /** PDF */
  s8d5cb019f3cae535: string;
  /** Partner accounts you can open */
  s8d82c1986d3daf2a: string;
  /** Pay */
  s8dd38519f42fc289: string;
  /** The hub does not allow cancelling this plan here. Contact support. */
  s8ecfe7bcd0595d40: string;
  /** Invoice table */
  s8f802576854cfcd4: string;
  /** Couldn’t load your credit balance. */
  s8f91fe2e794d3d3b: string;
  /** A Solution ID has {0} to {1} digits. */
  s8f9a6a11c2897d49: string;
  /** A move to {0} starts with the next billing cycle, on {1}. */
  s90d232e6f92c579f: string;
  /** The setting was not changed. */
  s90f2fdc1e3d189e6: string;
  /** Sorted by month, newest first. */
  s9165cd3f0ae3f0f3: string;
  /** Yes, I want automatic recharge */
  s925911d736f92db9: string;
  /** Working out the prorated amount… */
  s941e8c0065a962fc: string;
  /** Invoicing details saved */
  s944376764c763766: string;
  /** Send a new code */
  s953bc55ab48a4a73: string;
  /** We e-mailed it to {0}. */
  s954569bcf90127fb: string;
  /** Couldn’t load your invoices. */
  s9597d244da2f313c: string;
  /** Paused */
  s95bc8722b2708f8b: string;
  /** Your plan becomes {0} on {1}, with the next billing cycle. Nothing is charged now. */
  s95c128aa46449202: string;
  /** The payment did not go through. */
  s95fbdb851a6edd5d: string;
  /** Make default */
  s967f2ab8959b30b6: string;
  /** The hub did not confirm this change. */
  s969b35db529097b7: string;
  /** This hub does not list WhatsApp accounts. */
  s97b54649d7fb7d3e: string;
  /** Accounts matching your search: {0}. */
  s980015d597da402f: string;
  /** Nothing here yet. */
  s980bee8ef29d6a1c: string;
  /** Choose a file. */
  s985bbe33a2ae1ed3: string;
  /** Couldn’t load the movements. */
  s987b87e95480f718: string;
  /** About {0} days until messaging pauses at the current usage. */
  s9a583b2e09b3de28: string;
  /** The invitation was sent to {0} again. */
  s9abc00f1d355ece3: string;
  /** Name of the new key */
  s9abd5946908ff9c9: string;
  /** Make member */
  s9ac39352e89cadbb: string;
  /** Enter an e-mail address like name@example.com. */
  s9bc0c3d5d907789c: string;
  /** The user was not invited. */
  s9c2e007a9498a20a: string;
  /** Auto-renewal: not set up for this currency. */
  s9c84b2b2d8768db3: string;
  /** Country */
  s9cf7402fe920f7d1: string;
  /** Keep the key */
  s9d24c68e97790120: string;
  /** You don’t have access to the movements. */
  s9d34f4a8a46e67ca: string;
  /** Save redirect URL */
  s9df5806b70a1a561: string;
  /** You don’t have access to the users of this partner account. */
  s9dfd40cce8c23366: string;
  /** Uploading… */
  s9e5661c5225f1f6e: string;
  /** Nothing is set up yet. Add your Solution ID and webhook URL to start receiving events. */
  s9e5e25117ede165e: string;
  /** Members manage WhatsApp accounts only. */
  s9f0d003e01686485: string;
  /** {0} is the last owner of this partner account, so they cannot be made a member or removed. Make another user an owner first. */
  s9f7002b23b2f3306: string;
  /** Use an address that starts with https://. */
  s9f8b6e6185754004: string;
  /** Pay {0} */
  s9fa49d0dfa94190f: string;
  /** Partner plan */
  s9fba2f5c1438ec94: string;
  /** Sorted by usage, largest first. */
  s9fc8f87e883bb456: string;
  /** Checking the image… */
  sa010e8df542ee543: string;
  /** Top-ups are up to you. Emergency top-ups may still apply if the balance drops below zero. */
  sa04bc51a9c034aeb: string;
  /** Sorted by name, A to Z. */
  sa0dcdc5e50877c48: string;
  /** Make yourself a member? */
  sa2bcbf62650b7834: string;
  /** Clients can then add more numbers themselves during onboarding. */
  sa2d0a1bfb48ba76e: string;
  /** After that, {0} costs {1}. */
  sa2d83308540f0a5a: string;
  /** We could not confirm the payment yet. It may still complete: you can close this window, and the invoice list updates when it does. */
  sa2d98d8cf8261035: string;
  /** Data storage region */
  sa2e83b078b7ff750: string;
  /** The image is {0} pixels wide; use one at least {1} pixels wide. */
  sa3c5c370dd5b6f35: string;
  /** Automatic recharge */
  sa4372b97b9177649: string;
  /** Active */
  sa45a194b58837e4f: string;
  /** A top-up is triggered when the balance falls to this amount. */
  sa4f1fa2c27007038: string;
  /** (you) */
  sa61c2eb0c12377d5: string;
  /** Clients can now add phone numbers themselves. */
  sa6a32ddcf4d39812: string;
  /** Funds applied. New balance: {0}. */
  sa72c21a4ecc29a4c: string;
  /** Remove {0}? */
  sa82508ac30225cac: string;
  /** Couldn’t load the integration settings. */
  sa82b71ccec111d83: string;
  /** Not available for this billing mode: clients pay for their own messaging on this account. */
  sa97e827ebee5683b: string;
  /** Copy Partner ID */
  sa9c690a000b37d6f: string;
  /** Showing the last 12 months. */
  saa47b651b1eda4c7: string;
  /** This hub does not offer a profile. */
  saa6f36910b5b8ee8: string;
  /** This VAT ID does not match the country of the invoicing address ({0}). A VAT ID from this country starts with {1}. */
  saa7e47031a4cb842: string;
  /** Up to {0} customers a day */
  saaffb90bdbf7f677: string;
  /** Auto-renewal will top up before then. */
  sab146d081adc5841: string;
  /** Licence fee */
  sab1854dcbf70d85c: string;
  /** Choose a card to pay with. */
  sab401e28885eeef8: string;
  /** This hub does not offer this feature. */
  sac393e22c17e7ea0: string;
  /** You can close this dialog: if the payment goes through, the invoice is marked paid by itself. */
  sac62249821da654f: string;
  /** Client */
  sace77a5253c259be: string;
  /** Status */
  sad3e3c8146fc920f: string;
  /** This VAT ID belongs to another country than the invoicing address. */
  sadd70f908f611d4f: string;
  /** Loading more… */
  sae5bfd73b9a4b9c2: string;
  /** Only owners can change the partner plan. */
  saea11447906117a3: string;
  /** Usage top-up */
  saeb25664f62f1777: string;
  /** Showing all months. */
  saee118c3f1e7119c: string;
  /** You don’t have access to the auto-renewal settings. */
  saf0b28b547599559: string;
  /** Saving… */
  sb060188bb28bfa9f: string;
  /** Profile */
  sb061ff5a347a296e: string;
  /** The check digit of this VAT ID does not match its other digits. Check it for a typo. */
  sb0e192ce3937fb54: string;
  /** This image could not be read. */
  sb15714a575b0e5b3: string;
  /** When the balance falls to {0}, {1} is added and charged to your saved payment method. */
  sb1cec4bcfa795efa: string;
  /** This hub does not offer plan management here. */
  sb23f6c7217a3058e: string;
  /** Void */
  sb286ca07fcecaabf: string;
  /** WhatsApp accounts */
  sb28cd2ee343c1f5d: string;
  /** Check this field before saving: */
  sb2cc0d88452b5fb4: string;
  /** Couldn’t copy. Select the key and copy it yourself. */
  sb3d4d35089d21352: string;
  /** Created */
  sb41b2cfbbc52565b: string;
  /** A new code was sent to {0}. */
  sb42b04db57fe754b: string;
  /** Month */
  sb47daaf9e1c4a905: string;
  /** Plan fee */
  sb50ea45788032cfe: string;
  /** Enter an amount. */
  sb56616a0c08ac44a: string;
  /** The hub sent data this page could not read. Please try again. */
  sb58b452b1d9993d7: string;
  /** Sorted by net, lowest first. */
  sb5e0f64e7497962c: string;
  /** The logo was not uploaded. The previous logo stays. */
  sb62ee2ac2dc3c352: string;
  /** No accounts match this search and status. */
  sb6bb168e96ee84f6: string;
  /** New balance: */
  sb7524aaf3550d181: string;
  /** For example {0}. */
  sb7968b22fb99ba56: string;
  /** Issued */
  sb7a2fcbc1dcf546c: string;
  /** Add to Credit Balance */
  sb7ceaace1f10957e: string;
  /** This is your only payment method and auto-renewal charges it. Add another method or turn auto-renewal off before removing it. */
  sb805d2c03ae16c13: string;
  /** Expires soon */
  sb829fd422f595e5e: string;
  /** Choose a file of type {0}. */
  sb835388d1c7a8124: string;
  /** At or below your auto-renewal threshold: a top-up is due. */
  sb84f43a01b2308fc: string;
  /** Only owners of this partner account can see its payment methods. */
  sb89f5b11c0eff662: string;
  /** It may still go through. Checking again asks about this same payment: your card is never charged a second time. */
  sb9590afdb9addf2a: string;
  /** Sorted by date added, newest first. */
  sb96c1371ae8f2d39: string;
  /** Owner */
  sb971debc37bf0b54: string;
  /** The card’s security code was not accepted. */
  sb978fd1e650bb51c: string;
  /** Sorted by month, oldest first. */
  sb9ec5a08bae32ff0: string;
  /** The payment was declined: {0} Choose another method or try again. */
  sba9153c85fb0a564: string;
  /** Amount */
  sba98a7152d80b949: string;
  /** Auto-renewal settings could not be loaded. */
  sbb43b1ddaf7bbcb4: string;
  /** Number */
  sbbb97b1c63507dc0: string;
  /** Outbound messaging is paused by the hub. */
  sbc56c718582111a2: string;
  /** Contact support to change the billing e-mail */
  sbd3c4917ca66733c: string;
  /** You don’t have access to the credit balance. */
  sbd9d68a6cc958337: string;
  /** Confirm and invite */
  sbe10f5a02a90c2db: string;
  /** Sorted by usage, smallest first. */
  sbe335bf73ea077b1: string;
  /** Make owner: {0} */
  sbe68e20d2ee08698: string;
  /** Apply recommendation */
  sbe9b95a6e2fdc52a: string;
  /** Solution ID */
  sbed63fdca8127cd7: string;
  /** Contact support to change the country */
  sbfe2f5bcdd33de72: string;
  /** Phone number */
  sc0a0c87d5c556c38: string;
  /** Check again */
  sc0c8035281ee7caf: string;
  /** Back */
  sc16e00a7a8b2fde2: string;
  /** {0} invoices are unpaid, among them {1}. Pay them first. */
  sc19e6c7082377980: string;
  /** Billing period */
  sc1c8144de145082d: string;
  /** Enter the VAT ID with the prefix {0} followed by 2 to 13 letters or digits. */
  sc1f28064ce155085: string;
  /** The test event was not delivered: {0} */
  sc294ccbca6c59f24: string;
  /** Copied {0}. */
  sc2ec65c70706a827: string;
  /** Keep the invitation */
  sc33feeb52050bf32: string;
  /** Only owners of this partner account can see its invoicing details. */
  sc38dbbf328978cf8: string;
  /** To change this, contact the hub’s support team. */
  sc3b0a66ae5183596: string;
  /** Couldn’t load the invoicing details. */
  sc3bd0b501a123248: string;
  /** This amount is too large. */
  sc41ae94e4dc96e46: string;
  /** Modify */
  sc420894701de5ea3: string;
  /** Outbound messaging is paused until the licence invoice is paid. */
  sc446ee5424f4de64: string;
  /** Top-up amount */
  sc5946407dec5e74e: string;
  /** Overdue */
  sc68080ce046320cb: string;
  /** Nothing left to pay. */
  sc6f28b28e5f7adb0: string;
  /** Movements per month in {0}, all months ({1} – {2}) */
  sc73c3133858684fb: string;
  /** Company logo */
  sc7c1a00bdcf6e82b: string;
  /** More invoices could not be loaded. */
  sc81b38742657de64: string;
  /** Threshold {0}, top-up amount {1}. */
  sc835b7e92ae01fdd: string;
  /** Use at most {0} decimal places for {1}. */
  sc91698de690902fc: string;
  /** The card fee could not be calculated. */
  sc99a0e079a8ff8b5: string;
  /** Sorted by amount, largest first. */
  sca22e6405e6cd1f7: string;
  /** Auto-renewal was not saved. */
  sca470d5cc76cdbaa: string;
  /** Role */
  sca7fed2bef53cb99: string;
  /** The card fee could not be calculated, so the total is not known yet. */
  scaae14629f8be8b8: string;
  /** Check these fields before saving: */
  scac30f328c711efc: string;
  /** Enter an amount that is not negative. */
  sccbc0922cf7df4b5: string;
  /** Plan */
  scd104d19b5a0ef92: string;
  /** Try again */
  scd1dd6ff53d0d01a: string;
  /** The test event was delivered. The webhook answered with status {0}. */
  scd3bfec6f27585d4: string;
  /** Webhook URL saved. */
  scd482aaf7f26a4ba: string;
  /** {0} (open now) */
  scd544e758988a968: string;
  /** 14 to 18 digits, from Meta. It enables Account Sharing and Embedded Signup. */
  sce420dc6895e84f0: string;
  /** No fee. */
  sced9f9308c928938: string;
  /** Your backend signs its calls to the Partner API with these keys. Each is shown once, when you create it. */
  scf0dcc20129fd9fb: string;
  /** Couldn’t load your partner accounts. */
  scf3d9ffd7231bc5e: string;
  /** Billing e-mail */
  scf888dfeafc504e9: string;
  /** Opening {0}… */
  scf91f0c99112ba55: string;
  /** How clients see you during onboarding */
  scfb0f6bc399ce8df: string;
  /** Outbound messaging is paused until licence invoice {0} is paid. */
  sd19a9851c1287757: string;
  /** Solution ID saved. */
  sd1dce7dbc6448fce: string;
  /** Type */
  sd2223afb7d6b100d: string;
  /** Or drop a file here. */
  sd39720bb33b6d9f4: string;
  /** Owners manage WhatsApp accounts and add and manage users. */
  sd39cefcd4d65a222: string;
  /** Sorted by funds added, largest first. */
  sd3deacd54a61f903: string;
  /** The hub reports something else to settle first. */
  sd41ea2d82d78243f: string;
  /** {0} is now an owner. */
  sd451005727f32d09: string;
  /** Pay {0} for invoice {1} with {2}? */
  sd4536878b0341552: string;
  /** Where the hub sends account events. It must start with https://. */
  sd528701c9f52b936: string;
  /** Confirm the payment */
  sd67f57cbdaa07cc2: string;
  /** Preview of the chosen image */
  sd6c2f58be9562722: string;
  /** Keep the {0} plan */
  sd72a30617bbfde28: string;
  /** API keys table */
  sd7766be7723939c9: string;
  /** Expired */
  sd923f95605fed7b2: string;
  /** The card was declined. */
  sd9ab190323b3eadb: string;
  /** Couldn’t load the profile. */
  sda246acbe5f0ed85: string;
  /** Auto-renewal is off: these amounts are kept for when you turn it on. Emergency top-ups may still apply if the balance drops below zero. */
  sda2c5e9abef411a2: string;
  /** {0} was added to your credit balance. */
  sdac76fbe2f99eacb: string;
  /** This could be read two ways. Write the amount like {0}. */
  sdb4cf2f2805f8484: string;
  /** The data source behind this page failed. Please try again. */
  sdb7e105275c86d5e: string;
  /** The plan can be cancelled once these are settled: */
  sdbc5d95385549740: string;
  /** The card has insufficient funds. */
  sde8749f97a886269: string;
  /** Where the Cloud API stores the messages of your numbers. */
  sdf554ecfeaf4ca1f: string;
  /** The hub did not allow this change for your role. Ask an owner of this partner account. */
  sdf57ee62f925339f: string;
  /** Card */
  sdfef4f9ce9ebb93f: string;
  /** The image is {0} pixels high; use one at most {1} pixels high. */
  se0d7e18dba4571b5: string;
  /** Brand name */
  se16b4d412ad1aba9: string;
  /** Threshold */
  se19cc57dd8675498: string;
  /** {0} was invited as an owner. */
  se1d154ac813a633b: string;
  /** Only owners can add funds. */
  se1eae067377ffa2e: string;
  /** You don’t have access to the integration settings. */
  se1fd7f434888520d: string;
  /** Anything that uses this key stops working at once. This cannot be undone. */
  se233f564e20b32fe: string;
  /** Upload logo */
  se25e6e45724ba20b: string;
  /** Partner-paid: you pay for your clients’ messaging. */
  se29a381288c6c1fe: string;
  /** This item no longer exists. */
  se2a0c32bdeadcd56: string;
  /** Enter the VAT ID with its country prefix, like DE136695976. */
  se2cd45b8f7af6fce: string;
  /** Loading row {0} of {1}… */
  se5e7119ea0499d62: string;
  /** Pending review */
  se6203ef69ff63548: string;
  /** Choose an option. */
  se69b2c77e165ea6e: string;
  /** Enter a threshold and a top-up amount to see what they would have done last month. */
  se7c8b05dacb7998b: string;
  /** Added */
  se871c20e39ace2a5: string;
  /** The API key {0} was revoked. */
  se8eb450ccbc63200: string;
  /** Pay invoice */
  se950082a8c2c6b62: string;
  /** Remove: {0} */
  se9c3e3abc45aa3f3: string;
  /** Period */
  sea2adb1f2047d144: string;
  /** Remove */
  sea4f08110bb8f15d: string;
  /** 6 months */
  seb76ff1455acffa4: string;
  /** Nothing changed, so nothing was saved. */
  sec4876bdbc1743cf: string;
  /** Monthly closing */
  sec74462f99ce67c9: string;
  /** {0} can no longer be used for top-ups, invoices or auto-renewal. */
  sec99298c97ce9f8b: string;
  /** This method adds a {0}% fee of {1}: {2} will be charged. */
  secb4a16c4bdf9ca0: string;
  /** No invoices yet. They appear here from your first top-up or plan fee on. */
  sed86cde58b796c8e: string;
  /** Total */
  sed8ec5e3c64fa25d: string;
  /** This plan has ended. Contact support to start a new one. */
  see07240b7186879b: string;
  /** {0} per month */
  see14d21361de82e0: string;
  /** Only owners of this partner account can change auto-renewal. */
  seeca41cb78b2e52b: string;
  /** Price */
  seed76e8afe9f604a: string;
  /** Choose… */
  seef0ce71f86fbe92: string;
  /** This hub does not offer invoices here. */
  sef153c1a480545ac: string;
  /** Couldn’t load your payment methods. */
  sef45386de540ae14: string;
  /** Name */
  sef49aec68fd1dc66: string;
  /** The card has expired. */
  sf0227143c763babf: string;
  /** Sorted by funds added, smallest first. */
  sf07ce86833a2306e: string;
  /** Add credit */
  sf0f303dd60b6cce9: string;
  /** We e-mailed it to {0}. It works until {1}. */
  sf28cfb1e294d91a2: string;
  /** Only owners can add users or change their roles. */
  sf30db45b74c379b4: string;
  /** The invoicing details were not saved. */
  sf35e195a764f04ed: string;
  /** Enter at most {0}. */
  sf5bca8b98fad7cbf: string;
  /** Check the logo before uploading: */
  sf5d4bdfb60ccf19d: string;
  /** Revoke the key */
  sf5e1fb15d322bbc7: string;
  /** Copy the key now and keep it somewhere safe: it will not be shown again. */
  sf6798ab7245d9c55: string;
  /** Looking at last month’s usage… */
  sf6963bba682f9312: string;
  /** Only owners can pay invoices. */
  sf6f62ff98836f37b: string;
  /** The hub offers no plans here yet. */
  sf77949f2d71d09db: string;
  /** Flagged */
  sf89b4819562b3231: string;
  /** The brand name was not saved. */
  sf8c73cdeb14dc1a7: string;
  /** All */
  sf993bb199fefbe04: string;
  /** Messaging paused */
  sfa4635fe607db7fb: string;
  /** One of them was an emergency top-up: the balance fell below zero. */
  sfa4a358cd6ab2869: string;
  /** Invoice {0} opened in a new tab. */
  sfad071304962d102: string;
  /** Only owners of this partner account can change the invoicing details. */
  sfadbf6b603208088: string;
  /** About 1 day until messaging pauses at the current usage. */
  sfb51c0841f7e8c40: string;
  /** Invited: the invitation has not been accepted yet. */
  sfbc1cb1b064d8702: string;
  /** Too many requests right now. Please wait a moment and try again. */
  sfbdf36ff229ef414: string;
  /** Disconnected */
  sfc2c3bd345c0128a: string;
  /** Address */
  sfcdd8e672c75b713: string;
  /** WhatsApp accounts: {0}. */
  sfce0ef7f74197e87: string;
  /** Redirect URL saved. */
  sfd95e5f93b633b8b: string;
  /** You don’t have access to the list of partner accounts. */
  sfda6d543dd84fbff: string;
  /** Switch partner account. Open now: */
  sfdf3b832eb7adc1c: string;
  /** Invoice {0} is unpaid. Pay it first. */
  sfdf90fc1daa9eb96: string;
  /** Messaging is paused until funds are added. */
  sfe7df07d4f059eb5: string;
  /** Invoice {0}: {1}. */
  sfea42f9a063868ec: string;
  /** One-time code */
  sff72e0dab60f390c: string;
  /** EU reverse charge: your invoices carry no VAT, and you account for it with your VAT ID. */
  sffb68658186dc099: string;
}

/** The id of one of the kit's messages (see `KitMessages` for its English source). */
export type MessageId = keyof KitMessages;

/** Every message id, to check a host's overrides against. */
export const messageIds: readonly MessageId[] = [
  's005c4a1629d37845',
  's00e288d3a3d59c94',
  's01527b4bd80a8088',
  's015b2abeae6ca309',
  's01787245de8bfc27',
  's019282f5ab1a6dfc',
  's0238a2c801487401',
  's0241ba773a5dc9a6',
  's0379fc73608ab971',
  's03970aa76a09982d',
  's03f82cd8adb885b8',
  's04ed7da3cb5788f5',
  's050466b45fe4bd54',
  's051f07101222592a',
  's0579c792a27e2c81',
  's0609ea65e707dd6d',
  's06129b69ea27c989',
  's065493f8b65584c1',
  's067d8959fb7c9688',
  's072e491da4273aa1',
  's077f9b939de74138',
  's0788ad9ede1ac545',
  's07cac663344ed470',
  's0891b3fbe80856f1',
  's0918156a4f55c77b',
  's091d5807b5b33550',
  's0959d9849e7670f0',
  's0a1f2905d79d4532',
  's0addd4f4eae31e9b',
  's0b572c3be5f70495',
  's0b62bd020faceb6d',
  's0bb2d48532acc455',
  's0bb4d411d68e68e6',
  's0be8d0443db33360',
  's0c168b7910be4399',
  's0cd83df609839882',
  's0df0e8c4f3c2eba6',
  's0ef61f6b102b81ad',
  's105884bfa0a5ef03',
  's10d2dbc4613397f0',
  's10fb7147dc85d3b0',
  's110a3af8e05d460f',
  's111424c80b100c7e',
  's11326fd2590f4e5e',
  's11801b4b60084cc5',
  's11be57d3ea2753aa',
  's11d15550252a0b51',
  's1208f3ad25100879',
  's122e9f7824a2af12',
  's12d13a77db2d4700',
  's12ea02ce0adcba27',
  's132a11bd61e9bd2b',
  's137cf7d10ab2b570',
  's137dc2b3aeabc0a7',
  's13a2e3afa0779b53',
  's13d35f098985375f',
  's14870639de4480a5',
  's149e1a555215363d',
  's14c2590d32c32541',
  's1536d5dc195037d8',
  's1606488b701dbbae',
  's1643e7c71a765114',
  's16c69399c6f05b27',
  's177eac1ac883c3b7',
  's178f37a13d8084b7',
  's196282a244f57266',
  's19e404b98cd295f8',
  's1adeb92c896242b8',
  's1c0dc067f2b4cb5c',
  's1c81525679fa99f2',
  's1dabe5e4e0679c1a',
  's1e8ca386e6cbfa96',
  's20729dbddb4f6957',
  's20faaee10d241336',
  's21bcd147d2493ed2',
  's21e6cceef122c5ce',
  's22399cbae709bf22',
  's22fae097f38b567e',
  's2468b69d10791c82',
  's2564fe4cac221b04',
  's268b9c102c7b0d22',
  's26e147b6eebe9820',
  's26f84d6ab4b59cf9',
  's26fc4403d991f0a2',
  's27f9141f2182e553',
  's284d2e6523d03c21',
  's2857b96b38e3311d',
  's2afc9a717c161490',
  's2b28f01eb7732c0c',
  's2c818b46b5a1e48f',
  's2cabfde7a789f142',
  's2ceb11be2290bb1b',
  's2cf7c7ad7130025d',
  's2da6a6949c80fc4b',
  's2ded92b5764b4eb3',
  's2df73819ecf92ca7',
  's2e643897d50b21cb',
  's2e951bfcaa1bb496',
  's2eaf65ca5f75a52e',
  's2f097a6ab9e5686c',
  's2fa05f91c1baa29b',
  's2ffe49f30b99b8e7',
  's302cbb19bf9a174a',
  's317a357b4721b87d',
  's31ac6907df03d716',
  's31cbe266cd84296d',
  's32127d65bd85521e',
  's322e34cfcba47155',
  's3287890bf00fa93b',
  's32a7ac9bcb7f8b18',
  's3306c2e7a6abbf1e',
  's337a1e9022a8d19f',
  's3385422656413e89',
  's338953d3f3b1f738',
  's33f85f24c0f5f008',
  's34046a6bcdab2203',
  's34080fe9e2a34104',
  's3425628ba5d308c6',
  's344ee2efd23e7437',
  's345be9d2d7ce0228',
  's3687049d1af562c4',
  's37320511939b97fe',
  's373e5d0b4c8ecdb3',
  's3741f219c32abe78',
  's37f63b813229743e',
  's38bc1b4da238734e',
  's39b8ca44d6b6876a',
  's3a0c514db273a4cf',
  's3a150c77a8d32372',
  's3a9dc18237890010',
  's3b4a2580e8fdd8ff',
  's3bf3f5544d619a13',
  's3c5add7f1ca9cf7a',
  's3d197283cb019b5a',
  's3d257fa48e093d18',
  's3d4c12817c525cab',
  's3defe022074e3bb5',
  's3dfeefdb1530e955',
  's3e07185c1de0da7c',
  's3e08ae46f42625e8',
  's3f0752bd2dc80e27',
  's3f184c9ec66539d6',
  's3f5626477772cfce',
  's3ffeee4b0894bc7b',
  's408f1efc9a489e46',
  's41119fcbeea3ce38',
  's419f8f175bf5cfb1',
  's41ab8a741e9df241',
  's41ccb6083458d982',
  's4280e090367d36bb',
  's428a2ad760e603b1',
  's42c80ef57a506f29',
  's43633ad996958516',
  's442a371bb924a673',
  's44451aab74670bb2',
  's447d85c35445e03b',
  's449e98b891403bae',
  's44af46d61ff8f113',
  's44dd2b67e08f140c',
  's44ee2aa87caa81ac',
  's45344bb226891fab',
  's45861d7dc8447226',
  's459f82ebffe8b9a2',
  's45de9f451b4fd6e4',
  's46563e9ba699aec9',
  's46577589a1f534fa',
  's46963785ccbf46a2',
  's4724f052621bf66a',
  's4786258f553b6490',
  's483169c26b28d9b3',
  's4850255c7cf842f5',
  's48876de81a751442',
  's48e186fb300e5464',
  's48f76b7b10da8664',
  's4a05d3c5e110ee68',
  's4a2ad918a5e547fe',
  's4ac170a0f1f082ae',
  's4ad56a9de97e3202',
  's4b0a7aa580a38dbf',
  's4c89585705775e9a',
  's4cb0d44a050fd5da',
  's4d4f505585638c41',
  's4dd0f5945f882cbd',
  's4e2c80d3c7a72e23',
  's4f09fbe56aea42c0',
  's500ab114daf6352e',
  's500d2414e3dcf91e',
  's51a126717f4cebbe',
  's523be0b7f56c3394',
  's52bce07d535387d5',
  's52e39c9613c45f3e',
  's53ac60eeb17354ec',
  's53d390e18076ca5b',
  's544c713ed2a935a7',
  's5481868f1438c36e',
  's54c9cb2ed1e1320d',
  's54dac7225dc9df24',
  's550ae51bff3ebcab',
  's553fb4a0325b3264',
  's5563ff201ec2f939',
  's5571643232ffe67e',
  's5577106b99d4eac9',
  's55aede3be28f1054',
  's56c69f4c308ea9be',
  's56e7d1ecd07082fa',
  's5763760f2ffd78d0',
  's577686b12ba8da06',
  's57f363bb64b74274',
  's586554a13f142f73',
  's586d6bd2eca2da93',
  's59ccf88d5c4a8a9e',
  's59e67f74acbcd228',
  's59f44b4736eb59c8',
  's5a592ced5c799730',
  's5ac175704c9073de',
  's5b1bf9fe11a1b96c',
  's5bb3a2c4dab36022',
  's5be3588725bdef26',
  's5c0c9ec01e6db9d5',
  's5c8c1721c92bcb3a',
  's5ccf3c6f37c6781b',
  's5d22f8ebb5ed24ae',
  's5d9f06e83b5c41e3',
  's5dce7ef400115152',
  's5e8250fb85d64c23',
  's5f00c7f1e8d15352',
  's5ff6aa1d23a325c0',
  's60ccfae0aa621a46',
  's60fcb3be851ef772',
  's611232fa9edf6061',
  's62066d69ac35dfd9',
  's622421be65bb31bc',
  's629b5be4e1b8a0c3',
  's630756c4e636b3c2',
  's633b761ba25931a8',
  's63b273908d537418',
  's63ec9d7d0f4bc28d',
  's648d51bf38d1f5e2',
  's64b90117112f14b5',
  's655cad8f38efc5d0',
  's66edfad3ad3c617a',
  's66f26fdcbe2101eb',
  's66fd8204ae8d962d',
  's6728d4af7403dfb1',
  's673b5a034fe46120',
  's673fa79cf0342389',
  's67bf7e994fe5753a',
  's67d507ad6d25a22f',
  's67d7630ddb072c5e',
  's680176dc8cde7f79',
  's68597ee93d4f5589',
  's688574b274cb7427',
  's6929d7d2fdf27560',
  's6a165044981523ec',
  's6acbcd7989ea0130',
  's6b22963bdc5c39e1',
  's6b596df515bf5d37',
  's6b8b2e419f478cbc',
  's6c041ffbadc50cb6',
  's6c28b236a4958ea5',
  's6c3459ed7ff60c4a',
  's6c63e82443691191',
  's6c94b10dd7ed11d4',
  's6cc3a795e6989776',
  's6d3f81dc4bcacbda',
  's6d9170374c8fb0d8',
  's6e828da0c253ba3d',
  's6ead281adf0d371d',
  's6ebc9bd6feae62a3',
  's6fa07c0780796092',
  's712def7b5c77c3c8',
  's71658e86b066bcae',
  's717a989cddc3e8d4',
  's71c042f3d708a9f5',
  's71e9566d7d072072',
  's720653beabd43a94',
  's72ad151df5342630',
  's72ad334f93fc28bb',
  's73cdc8069c2966b5',
  's742149aad831f78c',
  's75167143210bb32b',
  's751678adb0aa2b23',
  's7543fd75da5e0fb8',
  's76589191d06c9baf',
  's76ea87eadaa8186c',
  's773160a34251aa10',
  's777c4569b74d6ca1',
  's7790efd2b3202f63',
  's77dde5ef6c52def6',
  's781070d619935a56',
  's784d2b83a556763b',
  's78636b92c1a3909c',
  's789ac63ca8754c2b',
  's78e6210e530a7cd2',
  's78f084fdde0c6c15',
  's7a34bdfc79a6d7e8',
  's7b02f5f5537189d2',
  's7b65eac2c3838ace',
  's7bbac81a4dcd30f0',
  's7bd08b370760b510',
  's7cdbdd3189c21776',
  's7d534bacdfdb22e3',
  's7e534765c5ae3323',
  's7e9b3e1b822395c3',
  's7f59f507e02a2f38',
  's800cecffc6793f6b',
  's801c46fe9b00b9e5',
  's806d0017219c2ac0',
  's80c61b6907264eba',
  's815b4c4367d895d5',
  's8173bb82c8c8ce6a',
  's81aa2240b13764ed',
  's81c540e467783095',
  's81ecf2d4386b8e84',
  's822621220fcfcd89',
  's829b695a247a9c57',
  's82a4e28ab5b56670',
  's82b9879fea04487b',
  's82bea58a0f56eeb0',
  's83aafbde6c1c91f9',
  's845661ab2df122bc',
  's84e73053dec47ab3',
  's84fe348d9e99e6b0',
  's85fc1a3b37ded20f',
  's8701df72e6eef6ae',
  's8766ef916310c93d',
  's87e01014ddda4fa9',
  's880e66c257b5c9f0',
  's882dac407377d943',
  's8864ea0160dee785',
  's88be9f313a9284ec',
  's88e991ecdec7a0fd',
  's89497e584eac6018',
  's8965052dbfc89244',
  's8a99e9f29d2a63b9',
  's8af61807443f32a4',
  's8b97ea84af17c029',
  's8ba11fcd5220720b',
  's8ba8de18c25490f4',
  's8c39c6097b8a02df',
  's8caf51e47454b94b',
  's8d02c4350ab47adb',
  's8d4ba419f3bc5d9e',
  's8d5cb019f3cae535',
  's8d82c1986d3daf2a',
  's8dd38519f42fc289',
  's8ecfe7bcd0595d40',
  's8f802576854cfcd4',
  's8f91fe2e794d3d3b',
  's8f9a6a11c2897d49',
  's90d232e6f92c579f',
  's90f2fdc1e3d189e6',
  's9165cd3f0ae3f0f3',
  's925911d736f92db9',
  's941e8c0065a962fc',
  's944376764c763766',
  's953bc55ab48a4a73',
  's954569bcf90127fb',
  's9597d244da2f313c',
  's95bc8722b2708f8b',
  's95c128aa46449202',
  's95fbdb851a6edd5d',
  's967f2ab8959b30b6',
  's969b35db529097b7',
  's97b54649d7fb7d3e',
  's980015d597da402f',
  's980bee8ef29d6a1c',
  's985bbe33a2ae1ed3',
  's987b87e95480f718',
  's9a583b2e09b3de28',
  's9abc00f1d355ece3',
  's9abd5946908ff9c9',
  's9ac39352e89cadbb',
  's9bc0c3d5d907789c',
  's9c2e007a9498a20a',
  's9c84b2b2d8768db3',
  's9cf7402fe920f7d1',
  's9d24c68e97790120',
  's9d34f4a8a46e67ca',
  's9df5806b70a1a561',
  's9dfd40cce8c23366',
  's9e5661c5225f1f6e',
  's9e5e25117ede165e',
  's9f0d003e01686485',
  's9f7002b23b2f3306',
  's9f8b6e6185754004',
  's9fa49d0dfa94190f',
  's9fba2f5c1438ec94',
  's9fc8f87e883bb456',
  'sa010e8df542ee543',
  'sa04bc51a9c034aeb',
  'sa0dcdc5e50877c48',
  'sa2bcbf62650b7834',
  'sa2d0a1bfb48ba76e',
  'sa2d83308540f0a5a',
  'sa2d98d8cf8261035',
  'sa2e83b078b7ff750',
  'sa3c5c370dd5b6f35',
  'sa4372b97b9177649',
  'sa45a194b58837e4f',
  'sa4f1fa2c27007038',
  'sa61c2eb0c12377d5',
  'sa6a32ddcf4d39812',
  'sa72c21a4ecc29a4c',
  'sa82508ac30225cac',
  'sa82b71ccec111d83',
  'sa97e827ebee5683b',
  'sa9c690a000b37d6f',
  'saa47b651b1eda4c7',
  'saa6f36910b5b8ee8',
  'saa7e47031a4cb842',
  'saaffb90bdbf7f677',
  'sab146d081adc5841',
  'sab1854dcbf70d85c',
  'sab401e28885eeef8',
  'sac393e22c17e7ea0',
  'sac62249821da654f',
  'sace77a5253c259be',
  'sad3e3c8146fc920f',
  'sadd70f908f611d4f',
  'sae5bfd73b9a4b9c2',
  'saea11447906117a3',
  'saeb25664f62f1777',
  'saee118c3f1e7119c',
  'saf0b28b547599559',
  'sb060188bb28bfa9f',
  'sb061ff5a347a296e',
  'sb0e192ce3937fb54',
  'sb15714a575b0e5b3',
  'sb1cec4bcfa795efa',
  'sb23f6c7217a3058e',
  'sb286ca07fcecaabf',
  'sb28cd2ee343c1f5d',
  'sb2cc0d88452b5fb4',
  'sb3d4d35089d21352',
  'sb41b2cfbbc52565b',
  'sb42b04db57fe754b',
  'sb47daaf9e1c4a905',
  'sb50ea45788032cfe',
  'sb56616a0c08ac44a',
  'sb58b452b1d9993d7',
  'sb5e0f64e7497962c',
  'sb62ee2ac2dc3c352',
  'sb6bb168e96ee84f6',
  'sb7524aaf3550d181',
  'sb7968b22fb99ba56',
  'sb7a2fcbc1dcf546c',
  'sb7ceaace1f10957e',
  'sb805d2c03ae16c13',
  'sb829fd422f595e5e',
  'sb835388d1c7a8124',
  'sb84f43a01b2308fc',
  'sb89f5b11c0eff662',
  'sb9590afdb9addf2a',
  'sb96c1371ae8f2d39',
  'sb971debc37bf0b54',
  'sb978fd1e650bb51c',
  'sb9ec5a08bae32ff0',
  'sba9153c85fb0a564',
  'sba98a7152d80b949',
  'sbb43b1ddaf7bbcb4',
  'sbbb97b1c63507dc0',
  'sbc56c718582111a2',
  'sbd3c4917ca66733c',
  'sbd9d68a6cc958337',
  'sbe10f5a02a90c2db',
  'sbe335bf73ea077b1',
  'sbe68e20d2ee08698',
  'sbe9b95a6e2fdc52a',
  'sbed63fdca8127cd7',
  'sbfe2f5bcdd33de72',
  'sc0a0c87d5c556c38',
  'sc0c8035281ee7caf',
  'sc16e00a7a8b2fde2',
  'sc19e6c7082377980',
  'sc1c8144de145082d',
  'sc1f28064ce155085',
  'sc294ccbca6c59f24',
  'sc2ec65c70706a827',
  'sc33feeb52050bf32',
  'sc38dbbf328978cf8',
  'sc3b0a66ae5183596',
  'sc3bd0b501a123248',
  'sc41ae94e4dc96e46',
  'sc420894701de5ea3',
  'sc446ee5424f4de64',
  'sc5946407dec5e74e',
  'sc68080ce046320cb',
  'sc6f28b28e5f7adb0',
  'sc73c3133858684fb',
  'sc7c1a00bdcf6e82b',
  'sc81b38742657de64',
  'sc835b7e92ae01fdd',
  'sc91698de690902fc',
  'sc99a0e079a8ff8b5',
  'sca22e6405e6cd1f7',
  'sca470d5cc76cdbaa',
  'sca7fed2bef53cb99',
  'scaae14629f8be8b8',
  'scac30f328c711efc',
  'sccbc0922cf7df4b5',
  'scd104d19b5a0ef92',
  'scd1dd6ff53d0d01a',
  'scd3bfec6f27585d4',
  'scd482aaf7f26a4ba',
  'scd544e758988a968',
  'sce420dc6895e84f0',
  'sced9f9308c928938',
  'scf0dcc20129fd9fb',
  'scf3d9ffd7231bc5e',
  'scf888dfeafc504e9',
  'scf91f0c99112ba55',
  'scfb0f6bc399ce8df',
  'sd19a9851c1287757',
  'sd1dce7dbc6448fce',
  'sd2223afb7d6b100d',
  'sd39720bb33b6d9f4',
  'sd39cefcd4d65a222',
  'sd3deacd54a61f903',
  'sd41ea2d82d78243f',
  'sd451005727f32d09',
  'sd4536878b0341552',
  'sd528701c9f52b936',
  'sd67f57cbdaa07cc2',
  'sd6c2f58be9562722',
  'sd72a30617bbfde28',
  'sd7766be7723939c9',
  'sd923f95605fed7b2',
  'sd9ab190323b3eadb',
  'sda246acbe5f0ed85',
  'sda2c5e9abef411a2',
  'sdac76fbe2f99eacb',
  'sdb4cf2f2805f8484',
  'sdb7e105275c86d5e',
  'sdbc5d95385549740',
  'sde8749f97a886269',
  'sdf554ecfeaf4ca1f',
  'sdf57ee62f925339f',
  'sdfef4f9ce9ebb93f',
  'se0d7e18dba4571b5',
  'se16b4d412ad1aba9',
  'se19cc57dd8675498',
  'se1d154ac813a633b',
  'se1eae067377ffa2e',
  'se1fd7f434888520d',
  'se233f564e20b32fe',
  'se25e6e45724ba20b',
  'se29a381288c6c1fe',
  'se2a0c32bdeadcd56',
  'se2cd45b8f7af6fce',
  'se5e7119ea0499d62',
  'se6203ef69ff63548',
  'se69b2c77e165ea6e',
  'se7c8b05dacb7998b',
  'se871c20e39ace2a5',
  'se8eb450ccbc63200',
  'se950082a8c2c6b62',
  'se9c3e3abc45aa3f3',
  'sea2adb1f2047d144',
  'sea4f08110bb8f15d',
  'seb76ff1455acffa4',
  'sec4876bdbc1743cf',
  'sec74462f99ce67c9',
  'sec99298c97ce9f8b',
  'secb4a16c4bdf9ca0',
  'sed86cde58b796c8e',
  'sed8ec5e3c64fa25d',
  'see07240b7186879b',
  'see14d21361de82e0',
  'seeca41cb78b2e52b',
  'seed76e8afe9f604a',
  'seef0ce71f86fbe92',
  'sef153c1a480545ac',
  'sef45386de540ae14',
  'sef49aec68fd1dc66',
  'sf0227143c763babf',
  'sf07ce86833a2306e',
  'sf0f303dd60b6cce9',
  'sf28cfb1e294d91a2',
  'sf30db45b74c379b4',
  'sf35e195a764f04ed',
  'sf5bca8b98fad7cbf',
  'sf5d4bdfb60ccf19d',
  'sf5e1fb15d322bbc7',
  'sf6798ab7245d9c55',
  'sf6963bba682f9312',
  'sf6f62ff98836f37b',
  'sf77949f2d71d09db',
  'sf89b4819562b3231',
  'sf8c73cdeb14dc1a7',
  'sf993bb199fefbe04',
  'sfa4635fe607db7fb',
  'sfa4a358cd6ab2869',
  'sfad071304962d102',
  'sfadbf6b603208088',
  'sfb51c0841f7e8c40',
  'sfbc1cb1b064d8702',
  'sfbdf36ff229ef414',
  'sfc2c3bd345c0128a',
  'sfcdd8e672c75b713',
  'sfce0ef7f74197e87',
  'sfd95e5f93b633b8b',
  'sfda6d543dd84fbff',
  'sfdf3b832eb7adc1c',
  'sfdf90fc1daa9eb96',
  'sfe7df07d4f059eb5',
  'sfea42f9a063868ec',
  'sff72e0dab60f390c',
  'sffb68658186dc099',
];

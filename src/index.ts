/**
 * Partner Hub Elements: importing this module registers every element.
 * For one element only, import its entry, e.g. `partner-hub-elements/widgets/balance-card`.
 */
export { PhProvider } from './base/define-provider.js';
export { PhBalanceCard } from './widgets/balance-card/define.js';
export type * from './widgets/balance-card/balance-card.types.js';
export { PhMoneyInput } from './widgets/money-input/define.js';
export type * from './widgets/money-input/money-input.types.js';
export { PhTextField } from './widgets/text-field/define.js';
export type * from './widgets/text-field/text-field.types.js';
export { PhSelect } from './widgets/select/define.js';
export type * from './widgets/select/select.types.js';
export { PhRadioGroup } from './widgets/radio-group/define.js';
export type * from './widgets/radio-group/radio-group.types.js';
export { PhFileDrop } from './widgets/file-drop/define.js';
export type * from './widgets/file-drop/file-drop.types.js';
export { PhAutoRenewalForm } from './widgets/auto-renewal-form/define.js';
export type * from './widgets/auto-renewal-form/auto-renewal-form.types.js';
export { PhMovementsTable } from './widgets/movements-table/define.js';
export type * from './widgets/movements-table/movements-table.types.js';
export { PhTopUpDialog } from './widgets/top-up-dialog/define.js';
export type * from './widgets/top-up-dialog/top-up-dialog.types.js';
export { PhOverview } from './widgets/overview/define.js';
export { PhInvoiceList } from './widgets/invoice-list/define.js';
export type * from './widgets/invoice-list/invoice-list.types.js';
export { PhPayInvoiceDialog } from './widgets/pay-invoice-dialog/define.js';
export type * from './widgets/pay-invoice-dialog/pay-invoice-dialog.types.js';
export { PhPaymentMethods } from './widgets/payment-methods/define.js';
export type * from './widgets/payment-methods/payment-methods.types.js';
export { PhInvoicingDetails } from './widgets/invoicing-details/define.js';
export type * from './widgets/invoicing-details/invoicing-details.types.js';
export { PhPartnerPlan } from './widgets/partner-plan/define.js';
export type * from './widgets/partner-plan/partner-plan.types.js';
export { PhBilling } from './widgets/billing/define.js';
export { PhPartnerHub } from './widgets/partner-hub/define.js';
export type * from './widgets/partner-hub/partner-hub.types.js';
export { PhWhatsAppAccounts } from './widgets/whatsapp-accounts/define.js';
export type * from './widgets/whatsapp-accounts/whatsapp-accounts.types.js';
export { PhIntegrationSettings } from './widgets/integration-settings/define.js';
export type * from './widgets/integration-settings/integration-settings.types.js';
export { PhUserManager } from './widgets/user-manager/define.js';
export type * from './widgets/user-manager/user-manager.types.js';
export { PhAccountSwitcher } from './widgets/account-switcher/define.js';
export type * from './widgets/account-switcher/account-switcher.types.js';
export { PhPartnerProfile } from './widgets/partner-profile/define.js';
export type * from './widgets/partner-profile/partner-profile.types.js';
export { PhDialog } from './widgets/dialog/define.js';
export type * from './widgets/dialog/dialog.types.js';

export { PhElement } from './base/element.js';
export { PhFormControl } from './base/form-control.js';
export type { Problem, Validator } from './base/form-control.js';
export { FormController } from './base/form-controller.js';
export type { FormFailure, FormProblem } from './base/form-controller.js';
export {
  emailValidator,
  httpsUrlValidator,
  redirectUrlValidator,
  solutionIdValidator,
  vatIdValidator,
} from './base/validators.js';
export type { ViewState } from './base/element.js';
export { ResourceController } from './base/resource-controller.js';
export { PagedListController, PagedResourceController } from './base/paged-controller.js';
export { SortController } from './base/sort-controller.js';
export { MutationController, classifyFailure } from './base/mutation-controller.js';
export type * from './base/mutation-controller.js';
export { QuoteController } from './base/quote-controller.js';
export type * from './base/quote-controller.js';
export {
  PartnerHubClient,
  createIdempotencyKey,
  registerChangeEffects,
  registerResultSchemas,
} from './client/index.js';
export type * from './client/index.js';
export { getKitLocale, resolveLocale, setKitLocale } from './i18n/localization.js';
export type { TextOverrides } from './i18n/localization.js';
export type { KitMessages, MessageId } from './i18n/messages.js';

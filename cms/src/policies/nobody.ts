/**
 * Refuses every caller (403). On the lead routes: users-permissions roles never hold a lead
 * permission, but Strapi lets every read-only or full-access API token call any find/findOne,
 * /api/leads included, whoever the token was made for.
 */
export default () => false

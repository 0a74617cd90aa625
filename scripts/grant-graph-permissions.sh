#!/bin/sh
# Grants the managed identity the Microsoft Graph application permissions listed in infra/main.bicep
# (output GRAPH_APP_PERMISSIONS). Needs Privileged Role Administrator or Global Administrator; run by the postprovision
# hook, or by hand: GRAPH_APP_PERMISSIONS="..." AZURE_MANAGED_IDENTITY_CLIENT_ID=... sh scripts/grant-graph-permissions.sh
set -eu
: "${AZURE_MANAGED_IDENTITY_CLIENT_ID:?set by azd from the Bicep outputs}"
: "${GRAPH_APP_PERMISSIONS:?set by azd from the Bicep outputs}"
GRAPH_APP=00000003-0000-0000-c000-000000000000
MI=$(az ad sp show --id "$AZURE_MANAGED_IDENTITY_CLIENT_ID" --query id -o tsv)
GRAPH=$(az ad sp show --id "$GRAPH_APP" --query id -o tsv)
for PERMISSION in $GRAPH_APP_PERMISSIONS; do
  ROLE=$(az ad sp show --id "$GRAPH_APP" --query "appRoles[?value=='$PERMISSION' && contains(allowedMemberTypes, 'Application')].id" -o tsv)
  if [ -z "$ROLE" ]; then echo "unknown Graph permission $PERMISSION" >&2; exit 1; fi
  # 409/400 "Permission being assigned already exists" is fine: the grant is idempotent in effect.
  az rest --method POST --uri "https://graph.microsoft.com/v1.0/servicePrincipals/$MI/appRoleAssignments" \
    --body "{\"principalId\":\"$MI\",\"resourceId\":\"$GRAPH\",\"appRoleId\":\"$ROLE\"}" >/dev/null 2>&1 \
    && echo "granted $PERMISSION" || echo "kept $PERMISSION (already granted, or grant it by hand: see docs/deploy.md)"
done

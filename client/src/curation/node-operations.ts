import type { NodeLabel } from "@rrn/model";
import type { Client, OperationResult } from "urql";
import { graphql } from "../__generated__";
import type {
  AudienceCreateInput,
  FrameworkCreateInput,
  JurisdictionCreateInput,
  LegislationCreateInput,
  OrganisationCreateInput,
  PersonCreateInput,
  ResourceCreateInput,
  RestraintTypeCreateInput,
  SettingCreateInput,
} from "../__generated__/graphql";

/**
 * The generated create/update mutation of each node type, one document each (the API has one
 * per label). Forms build their input from node-fields.ts, whose keys are the model's record
 * keys, so the casts below only restate what those tables guarantee.
 */

const UpdateResource = graphql(`
  mutation CurateUpdateResource($id: ID!, $update: ResourceUpdateInput!) {
    updateResources(where: { id: { eq: $id } }, update: $update) {
      resources {
        id
      }
    }
  }
`);
const UpdateOrganisation = graphql(`
  mutation CurateUpdateOrganisation($id: ID!, $update: OrganisationUpdateInput!) {
    updateOrganisations(where: { id: { eq: $id } }, update: $update) {
      organisations {
        id
      }
    }
  }
`);
const UpdateFramework = graphql(`
  mutation CurateUpdateFramework($id: ID!, $update: FrameworkUpdateInput!) {
    updateFrameworks(where: { id: { eq: $id } }, update: $update) {
      frameworks {
        id
      }
    }
  }
`);
const UpdateRestraintType = graphql(`
  mutation CurateUpdateRestraintType($id: ID!, $update: RestraintTypeUpdateInput!) {
    updateRestraintTypes(where: { id: { eq: $id } }, update: $update) {
      restraintTypes {
        id
      }
    }
  }
`);
const UpdateSetting = graphql(`
  mutation CurateUpdateSetting($id: ID!, $update: SettingUpdateInput!) {
    updateSettings(where: { id: { eq: $id } }, update: $update) {
      settings {
        id
      }
    }
  }
`);
const UpdateAudience = graphql(`
  mutation CurateUpdateAudience($id: ID!, $update: AudienceUpdateInput!) {
    updateAudiences(where: { id: { eq: $id } }, update: $update) {
      audiences {
        id
      }
    }
  }
`);
const UpdateJurisdiction = graphql(`
  mutation CurateUpdateJurisdiction($id: ID!, $update: JurisdictionUpdateInput!) {
    updateJurisdictions(where: { id: { eq: $id } }, update: $update) {
      jurisdictions {
        id
      }
    }
  }
`);
const UpdateLegislation = graphql(`
  mutation CurateUpdateLegislation($id: ID!, $update: LegislationUpdateInput!) {
    updateLegislations(where: { id: { eq: $id } }, update: $update) {
      legislations {
        id
      }
    }
  }
`);
const UpdatePerson = graphql(`
  mutation CurateUpdatePerson($id: ID!, $update: PersonUpdateInput!) {
    updatePeople(where: { id: { eq: $id } }, update: $update) {
      people {
        id
      }
    }
  }
`);

const CreateResource = graphql(`
  mutation CurateCreateResource($input: ResourceCreateInput!) {
    createResources(input: [$input]) {
      resources {
        id
      }
    }
  }
`);
const CreateOrganisation = graphql(`
  mutation CurateCreateOrganisation($input: OrganisationCreateInput!) {
    createOrganisations(input: [$input]) {
      organisations {
        id
      }
    }
  }
`);
const CreateFramework = graphql(`
  mutation CurateCreateFramework($input: FrameworkCreateInput!) {
    createFrameworks(input: [$input]) {
      frameworks {
        id
      }
    }
  }
`);
const CreateRestraintType = graphql(`
  mutation CurateCreateRestraintType($input: RestraintTypeCreateInput!) {
    createRestraintTypes(input: [$input]) {
      restraintTypes {
        id
      }
    }
  }
`);
const CreateSetting = graphql(`
  mutation CurateCreateSetting($input: SettingCreateInput!) {
    createSettings(input: [$input]) {
      settings {
        id
      }
    }
  }
`);
const CreateAudience = graphql(`
  mutation CurateCreateAudience($input: AudienceCreateInput!) {
    createAudiences(input: [$input]) {
      audiences {
        id
      }
    }
  }
`);
const CreateJurisdiction = graphql(`
  mutation CurateCreateJurisdiction($input: JurisdictionCreateInput!) {
    createJurisdictions(input: [$input]) {
      jurisdictions {
        id
      }
    }
  }
`);
const CreateLegislation = graphql(`
  mutation CurateCreateLegislation($input: LegislationCreateInput!) {
    createLegislations(input: [$input]) {
      legislations {
        id
      }
    }
  }
`);
const CreatePerson = graphql(`
  mutation CurateCreatePerson($input: PersonCreateInput!) {
    createPeople(input: [$input]) {
      people {
        id
      }
    }
  }
`);

/** Writes change what every graph read shows; urql drops cached answers holding these types. */
export const GRAPH_WRITE_CONTEXT = { additionalTypenames: ["GraphNode", "GraphEdge", "Subgraph", "DeletedEntity"] };

type Update = Record<string, unknown>;

/** Saves the changed properties of one node with its type's generated update mutation. */
export function updateNode(client: Client, label: NodeLabel, id: string, update: Update): Promise<OperationResult> {
  switch (label) {
    case "Resource":
      return client.mutation(UpdateResource, { id, update }, GRAPH_WRITE_CONTEXT).toPromise();
    case "Organisation":
      return client.mutation(UpdateOrganisation, { id, update }, GRAPH_WRITE_CONTEXT).toPromise();
    case "Framework":
      return client.mutation(UpdateFramework, { id, update }, GRAPH_WRITE_CONTEXT).toPromise();
    case "RestraintType":
      return client.mutation(UpdateRestraintType, { id, update }, GRAPH_WRITE_CONTEXT).toPromise();
    case "Setting":
      return client.mutation(UpdateSetting, { id, update }, GRAPH_WRITE_CONTEXT).toPromise();
    case "Audience":
      return client.mutation(UpdateAudience, { id, update }, GRAPH_WRITE_CONTEXT).toPromise();
    case "Jurisdiction":
      return client.mutation(UpdateJurisdiction, { id, update }, GRAPH_WRITE_CONTEXT).toPromise();
    case "Legislation":
      return client.mutation(UpdateLegislation, { id, update }, GRAPH_WRITE_CONTEXT).toPromise();
    case "Person":
      return client.mutation(UpdatePerson, { id, update }, GRAPH_WRITE_CONTEXT).toPromise();
  }
}

/** Creates one node with its type's generated create mutation. */
export function createNode(client: Client, label: NodeLabel, input: Update & { id: string }): Promise<OperationResult> {
  switch (label) {
    case "Resource":
      return client
        .mutation(CreateResource, { input: input as unknown as ResourceCreateInput }, GRAPH_WRITE_CONTEXT)
        .toPromise();
    case "Organisation":
      return client
        .mutation(CreateOrganisation, { input: input as unknown as OrganisationCreateInput }, GRAPH_WRITE_CONTEXT)
        .toPromise();
    case "Framework":
      return client
        .mutation(CreateFramework, { input: input as unknown as FrameworkCreateInput }, GRAPH_WRITE_CONTEXT)
        .toPromise();
    case "RestraintType":
      return client
        .mutation(CreateRestraintType, { input: input as unknown as RestraintTypeCreateInput }, GRAPH_WRITE_CONTEXT)
        .toPromise();
    case "Setting":
      return client
        .mutation(CreateSetting, { input: input as unknown as SettingCreateInput }, GRAPH_WRITE_CONTEXT)
        .toPromise();
    case "Audience":
      return client
        .mutation(CreateAudience, { input: input as unknown as AudienceCreateInput }, GRAPH_WRITE_CONTEXT)
        .toPromise();
    case "Jurisdiction":
      return client
        .mutation(CreateJurisdiction, { input: input as unknown as JurisdictionCreateInput }, GRAPH_WRITE_CONTEXT)
        .toPromise();
    case "Legislation":
      return client
        .mutation(CreateLegislation, { input: input as unknown as LegislationCreateInput }, GRAPH_WRITE_CONTEXT)
        .toPromise();
    case "Person":
      return client
        .mutation(CreatePerson, { input: input as unknown as PersonCreateInput }, GRAPH_WRITE_CONTEXT)
        .toPromise();
  }
}

/** The first GraphQL error's message (the server names the field), or the network error's. */
export function errorText(result: Pick<OperationResult, "error">): string | null {
  if (!result.error) return null;
  return result.error.graphQLErrors[0]?.message ?? result.error.message;
}

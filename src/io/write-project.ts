/** The project file: the ecosystem as records, plus how it was imported and what the app keeps of the view. */
import { actorId, type Ecosystem } from '../model/ecosystem.ts';
import { createFields } from '../model/fields.ts';
import {
  type ClusterscopeProject,
  type JsonValue,
  PROJECT_FORMAT,
  PROJECT_VERSION,
  type ProjectSettings,
  type ProjectSource,
  type ProjectView,
} from './project.ts';

export function createProject(
  ecosystem: Ecosystem,
  extras: {
    name?: string;
    sources?: ProjectSource[];
    settings?: ProjectSettings;
    view?: ProjectView;
    session?: JsonValue;
    savedAt?: string;
  } = {},
): ClusterscopeProject {
  return {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    ...(extras.name !== undefined ? { name: extras.name } : {}),
    savedAt: extras.savedAt ?? new Date().toISOString(),
    data: {
      actors: ecosystem.mapNodes((key, attributes) => ({
        id: actorId(key),
        label: attributes.label,
        kind: attributes.kind,
        ...(attributes.implicit ? { implicit: true } : {}),
        fields: createFields(Object.entries(attributes.fields)),
      })),
      relations: ecosystem.mapEdges((_edge, attributes, source, target) => ({
        source: actorId(source),
        target: actorId(target),
        kind: attributes.kind,
        strength: attributes.strength,
        directed: attributes.directed,
        fields: createFields(Object.entries(attributes.fields)),
      })),
    },
    ...(extras.sources ? { sources: extras.sources } : {}),
    ...(extras.settings ? { settings: extras.settings } : {}),
    ...(extras.view ? { view: extras.view } : {}),
    ...(extras.session !== undefined ? { session: extras.session } : {}),
  };
}

export function writeProject(project: ClusterscopeProject): string {
  return `${JSON.stringify(project, null, 1)}\n`;
}

import { condition } from './build'

export const ptsd = condition({
  name: 'PTSD',
  slug: 'ptsd',
  displayOrder: 10,
  summary:
    'Post-traumatic stress disorder (PTSD) is a mental health condition that can develop after experiencing or witnessing a traumatic event.',
  symptoms: [
    'Flashbacks or intrusive memories of the traumatic event',
    'Avoidance of triggers associated with the event',
    'Nightmares',
    'Difficulty sleeping',
    'Irritability or anger',
    'Anxiety or panic attacks',
    'Difficulty concentrating',
    'Feeling emotionally numb or detached',
  ],
})

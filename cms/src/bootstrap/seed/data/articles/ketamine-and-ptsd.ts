import { bullets, cta, h2, h3, p } from '../../blocks'
import type { SeedEntry } from '../../types'

/** "Ketamine & PTSD", as supplied by the clinic, with its section structure. */
export const ketamineAndPtsd: SeedEntry = {
  uid: 'api::article.article',
  slug: 'ketamine-and-ptsd',
  data: async (refs) => ({
    title: 'Ketamine & PTSD',
    slug: 'ketamine-and-ptsd',
    excerpt:
      'How ketamine works, its medical uses and risks, and what ketamine infusion therapy for PTSD involves, from the first consultation to follow-up care.',
    conditions: await refs.slugs('api::condition.condition', ['ptsd']),
    seo: {
      metaTitle: 'Ketamine & PTSD | Vigeo Wellness, Fort Worth TX',
      metaDescription:
        'Learn how ketamine infusion therapy may help people with PTSD who have not found relief from traditional treatments, and what treatment at Vigeo Wellness involves.',
      noIndex: false,
    },
    body: [
      p(
        'Post-traumatic stress disorder (PTSD) is a debilitating mental health condition that can greatly impact an individual’s quality of life. Traditional treatments for PTSD such as therapy and medication may not always be effective for everyone, leading patients and mental health professionals to explore alternative options. One emerging treatment option that has gained attention is the use of ketamine.',
      ),
      p(
        'In this article, we will explore the relationship between ketamine and PTSD, the medical uses of ketamine, and its potential as a treatment for PTSD.',
      ),
      h2('Understanding PTSD'),
      h3('Symptoms Of PTSD'),
      bullets(
        'PTSD symptoms can manifest differently in each individual, but some common symptoms include:',
        [
          'Flashbacks or intrusive memories of the traumatic event',
          'Avoidance of triggers associated with the event',
          'Nightmares',
          'Difficulty sleeping',
          'Irritability or anger',
          'Anxiety or panic attacks',
          'Difficulty concentrating',
          'Feeling emotionally numb or detached',
        ],
      ),
      p(
        'These symptoms can be severe and can significantly impact an individual’s ability to function in their daily life. They can also lead to problems in relationships and social situations.',
      ),
      h3('Causes Of PTSD'),
      p(
        'PTSD can develop after experiencing or witnessing a traumatic event, but there are also other factors that can contribute to the development of the disorder. Genetics, for example, can play a role in an individual’s susceptibility to PTSD. Additionally, the duration and intensity of the trauma, as well as the individual’s coping mechanisms, can also impact the likelihood of developing PTSD.',
      ),
      p(
        'It is important to note that not everyone who experiences trauma will develop PTSD, and there is no way to predict who will develop the disorder. However, being aware of the risk factors and seeking help early on can increase the likelihood of a successful recovery.',
      ),
      h3('Traditional Treatments For PTSD'),
      p(
        'Traditional treatments for PTSD include various forms of therapy such as cognitive-behavioral therapy and exposure therapy, as well as medications like selective serotonin reuptake inhibitors (SSRIs) and benzodiazepines. These treatments can be effective for some individuals, but they may not work for everyone and can also have side effects that impact quality of life.',
      ),
      p(
        'It is vital for individuals with PTSD to work closely with a mental health professional to find the best treatment plan for their specific needs. This may involve trying different therapies or medications until the right combination is found.',
      ),
      p(
        'It is also important for individuals with PTSD to have a strong support system, which may include friends, family, and support groups. Having a safe and understanding environment can make a significant difference in the recovery process.',
      ),
      h2('Ketamine: An Overview'),
      h3('What Is Ketamine?'),
      p(
        'Ketamine is a medication that is typically administered via injection or intravenous infusion. It works as a dissociative anesthetic, causing sensations of detachment and (at higher doses) hallucinations. It works by blocking the transmission of nerve impulses in the brain, resulting in a state of dissociation from one’s surroundings.',
      ),
      p(
        'One of the unique properties of ketamine is its ability to produce analgesia (pain relief) without causing respiratory depression, which is a common side effect of other anesthetic drugs. This makes it a valuable tool in emergency medicine, where rapid pain relief is often necessary.',
      ),
      h3('Medical Uses Of Ketamine'),
      p(
        'Ketamine is used in medical settings for pain management, anesthesia, and sedation. It has been shown to be effective in treating depression and chronic pain, and is being researched for its potential to treat other mental health conditions like PTSD, anxiety, and addiction.',
      ),
      p(
        'Recent studies have shown that ketamine may be effective in treating treatment-resistant depression, a condition that affects millions of people worldwide. In fact, some experts believe that ketamine could revolutionize the treatment of depression, offering a fast-acting and effective alternative to traditional antidepressant medications.',
      ),
      h3('Recreational Use & Potential Risks'),
      p(
        'Ketamine is also used recreationally for its dissociative and hallucinogenic effects, and its use has been associated with a number of risks. Overuse and abuse of ketamine can lead to tolerance, dependence, and addiction. It can also cause physical and psychological harm, including damage to the bladder and urinary tract, cognitive impairment, and impact on mental health.',
      ),
      p(
        'Despite these risks, ketamine remains a popular party drug in some circles. Its dissociative effects can be appealing to those looking for a unique and intense experience. However, it is important to remember that ketamine is a powerful medication with potentially serious side effects, and should only be used under the guidance of a medical professional.',
      ),
      h2('Ketamine As A Treatment For PTSD'),
      h3('How Ketamine Works In The Brain'),
      p(
        'Ketamine works by blocking N-methyl-D-aspartate (NMDA) receptors in the brain. NMDA receptors are involved in the glutamate system, which is responsible for learning, memory, and emotional regulation.',
      ),
      p(
        'By blocking these receptors, ketamine increases the release of glutamate, which activates a signaling pathway that promotes the growth of new synaptic connections in the brain. This growth of new connections is thought to be responsible for the antidepressant and anti-anxiety effects of ketamine.',
      ),
      p(
        'Additionally, ketamine has been shown to increase the production of brain-derived neurotrophic factor (BDNF), a protein that is important for the growth and survival of neurons. Low levels of BDNF have been linked to depression and anxiety, so increasing BDNF levels may be another way that ketamine helps improve mood and reduce anxiety.',
      ),
      h3('Success Stories & Patient Experiences'),
      p(
        'Many individuals with PTSD have reported positive experiences with ketamine treatment. For example, some people have reported a reduction in anxiety, nightmares, and intrusive thoughts after receiving ketamine infusions. However, not everyone responds to ketamine in the same way, and some individuals may not experience any benefit from the treatment.',
      ),
      p(
        'It is also important to discuss potential risks and benefits of ketamine treatment with a qualified medical professional. Ketamine can cause side effects, such as dissociation, hallucinations, and changes in blood pressure and heart rate. These side effects are usually temporary and can be managed by a trained medical professional, but it is crucial to be aware of them before starting treatment.',
      ),
      h2('The Ketamine Treatment Process'),
      h3('Initial Consultation & Assessment'),
      p(
        'During the initial consultation, the medical professional will evaluate the individual’s medical history, current symptoms, and any previous treatments. They will also discuss the potential risks and benefits of ketamine treatment and answer any questions the individual may have. If ketamine is deemed a suitable treatment option, the medical professional will work with the individual to develop a personalized treatment plan.',
      ),
      h3('The Ketamine Infusion Therapy Session'),
      p(
        'Ketamine infusion therapy involves administering a carefully controlled and monitored dose of ketamine via intravenous infusion. The infusion typically takes place in a clinic or hospital setting and can take several hours. During the infusion, the individual may experience dissociation and hallucinations, but these effects will typically wear off soon after the infusion is complete.',
      ),
      h3('Maintenance & Follow-Up Care'),
      p(
        'After the initial infusion therapy, the individual may require ongoing maintenance treatments to sustain the positive effects of ketamine. Follow-up care may include regular monitoring of symptoms and medication adjustments as needed.',
      ),
      h2('Conclusion'),
      p(
        'In conclusion, ketamine infusion therapy offers hope for individuals with PTSD who have not found relief from traditional treatments. At Vigeo Wellness, we understand the challenges faced by those living with PTSD and the importance of finding effective solutions. If you or a loved one are struggling with PTSD and are considering ketamine infusion therapy, we encourage you to reach out to our experienced team.',
      ),
      p(
        'We can provide a comprehensive assessment and personalized treatment plan tailored to your unique needs. Take the first step towards reclaiming your life from PTSD by scheduling a consultation with Vigeo Wellness today. Together, we can explore the potential benefits of ketamine infusion therapy and support you on your journey to healing and improved quality of life.',
      ),
      p(
        'If you are interested in learning more about ketamine for PTSD treatment in Fort Worth, TX, contact Vigeo Wellness and request your consultation today.',
      ),
      cta(
        'Give Us A Call',
        'Ready to schedule your consultation? Call us now and get started on your journey with Vigeo Wellness.',
        'Request A Consultation',
        'request-consultation',
      ),
    ],
  }),
}
